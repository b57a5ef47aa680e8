// Test helpers for the other packages' tests, imported as `step-up/testing` (mapped to these sources by their jest
// and tsconfig settings) and never built. This folder's package.json marks them as ES modules, so that the
// provider's tests (ES modules, nodenext) load them as such; CommonJS settings compile them to CommonJS anyway.
export { ManualClock } from './manual-clock.js';
