import type { Clock } from '../clock.js';

export interface LoginThrottleOptions {
  /** Failed attempts allowed within the window before sign-in is refused. */
  readonly maxFailures: number;
  readonly windowSeconds: number;
  /** How long sign-in stays refused after the last allowed failure. */
  readonly lockoutSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  lockoutSeconds: 15 * 60,
};

export type ThrottleVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Entry {
  failures: number[];
  lockedUntil?: number;
}

/**
 * Refuses password sign-in for an account (keyed by normalized email, known or not, so refusals reveal
 * nothing about which accounts exist) after too many failures: by default 5 wrong passwords within
 * 15 minutes lock the account's sign-in for 15 minutes. A successful sign-in clears the record.
 * State lives in memory: a restart forgives.
 */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
  ) {}

  check(key: string): ThrottleVerdict {
    const now = this.clock.now();
    const entry = this.prune(key, now);
    if (entry?.lockedUntil !== undefined) {
      return { allowed: false, retryAfterSeconds: Math.ceil((entry.lockedUntil - now) / 1000) };
    }
    return { allowed: true };
  }

  recordFailure(key: string): ThrottleVerdict {
    const now = this.clock.now();
    const entry = this.prune(key, now) ?? { failures: [] };
    entry.failures.push(now);
    if (entry.failures.length >= this.options.maxFailures) {
      entry.lockedUntil = now + this.options.lockoutSeconds * 1000;
      entry.failures = [];
    }
    this.entries.set(key, entry);
    return this.check(key);
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }

  private prune(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    if (entry.lockedUntil !== undefined && entry.lockedUntil <= now) {
      delete entry.lockedUntil;
    }
    entry.failures = entry.failures.filter((at) => at > now - this.options.windowSeconds * 1000);
    if (entry.failures.length === 0 && entry.lockedUntil === undefined) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
