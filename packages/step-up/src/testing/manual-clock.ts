import type { Clock } from '../clock.js';

/** A {@link Clock} that stands still until the test moves it: no fake timers, no waiting. */
export class ManualClock implements Clock {
  constructor(private milliseconds: number = Date.UTC(2030, 0, 1)) {}

  now(): number {
    return this.milliseconds;
  }

  /** Moves the clock forward (or back, with a negative value) by `milliseconds`. */
  advance(milliseconds: number): void {
    this.milliseconds += milliseconds;
  }

  /** Sets the clock to `milliseconds` since the epoch. */
  set(milliseconds: number): void {
    this.milliseconds = milliseconds;
  }
}
