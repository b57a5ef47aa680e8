import type { Clock } from 'step-up';

export interface RefetchBudgetOptions {
  /** Refetches allowed in a row when none was made for a while: the bucket's size. */
  burst: number;
  /** Time in which one spent refetch is earned back. */
  intervalMs: number;
  clock: Clock;
}

/**
 * A token bucket for downloads nobody can schedule in advance (a `kid` the key set does not know):
 * `burst` of them may happen at once, then one per `intervalMs`. Over any period `t` at most
 * `burst + t / intervalMs` are allowed, however many are asked for.
 */
export class RefetchBudget {
  private readonly burst: number;
  private readonly intervalMs: number;
  private readonly clock: Clock;
  private tokens: number;
  private updatedAt: number;

  constructor({ burst, intervalMs, clock }: RefetchBudgetOptions) {
    if (!Number.isSafeInteger(burst) || burst < 1 || !(intervalMs > 0)) {
      throw new RangeError('A refetch budget needs a burst of at least 1 and a positive interval');
    }
    this.burst = burst;
    this.intervalMs = intervalMs;
    this.clock = clock;
    this.tokens = burst;
    this.updatedAt = clock.now();
  }

  /** Spends one refetch if one is left, and says whether it was. */
  take(): boolean {
    const now = this.clock.now();
    const earned = Math.max(0, now - this.updatedAt) / this.intervalMs;
    this.tokens = Math.min(this.burst, this.tokens + earned);
    this.updatedAt = now;
    if (this.tokens < 1) {
      return false;
    }
    this.tokens -= 1;
    return true;
  }
}
