// Test helpers for the other packages' tests (`step-up/testing`, mapped to these sources); never built.
export { ManualClock } from './manual-clock.js';
