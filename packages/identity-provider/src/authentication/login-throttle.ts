import type { Clock } from 'step-up';

/** A failure limit over a sliding window, and the pause once it is reached. */
export interface FailureLimit {
  /** Failed attempts within the window that pause sign-in. */
  readonly maxFailures: number;
  readonly windowSeconds: number;
  /** How long sign-in stays paused once the limit is reached. */
  readonly lockoutSeconds: number;
}

export interface LoginThrottleOptions {
  /** Per account and client address: what one source may try before it alone is paused. */
  readonly perSource: FailureLimit;
  /** Per account, from every source together: the ceiling that pauses the account for everyone. */
  readonly perAccount: FailureLimit;
  /** Most records kept in each table; the least recently used record goes first past it. */
  readonly maxEntries: number;
}

/**
 * One source: 5 wrong passwords in 15 minutes pause it for 15 minutes, so it can try at most 20 an
 * hour. The account: 25 in an hour from all sources together pause it for an hour, for everyone; 25 is
 * above what one source can reach (20), so no single source can lock anyone out.
 */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  perSource: { maxFailures: 5, windowSeconds: 15 * 60, lockoutSeconds: 15 * 60 },
  perAccount: { maxFailures: 25, windowSeconds: 60 * 60, lockoutSeconds: 60 * 60 },
  maxEntries: 10_000,
};

export type ThrottleVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export type AttemptAdmission =
  | { readonly allowed: true; readonly attempt: PasswordAttempt }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A password attempt that was let through: it already counts as a failure until it is settled. */
export interface PasswordAttempt {
  /** The password was right: the attempt stops counting and this source's earlier failures are forgiven. */
  succeeded(): void;
  /** The password was wrong: the attempt keeps counting. Returns whether further attempts are allowed. */
  failed(): ThrottleVerdict;
}

interface Failure {
  readonly at: number;
  /** When it became a judged failure (event order), `undefined` while the attempt is in flight. */
  settled?: number;
}

interface Entry {
  failures: Failure[];
  lockedUntil?: number;
  /** The failure whose arrival reached the limit, so a success of that very attempt can undo the lock. */
  lockedBy?: Failure;
}

/** Records of one kind (sources or accounts), bounded: entries expire, and the table has a size cap. */
class FailureTable {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limit: FailureLimit,
    private readonly maxEntries: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Seconds until `key` may try again, or 0. */
  lockedFor(key: string, now: number): number {
    const until = this.current(key, now)?.lockedUntil;
    return until === undefined ? 0 : Math.ceil((until - now) / 1000);
  }

  /** Counts a failure for `key` now, pausing it when this one reaches the limit. */
  add(key: string, failure: Failure, now: number): void {
    const entry = this.current(key, now) ?? { failures: [] };
    entry.failures.push(failure);
    if (entry.lockedUntil === undefined && entry.failures.length >= this.limit.maxFailures) {
      entry.lockedUntil = now + this.limit.lockoutSeconds * 1000;
      entry.lockedBy = failure;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.enforceCap(now);
  }

  /** Takes `failure` back (its attempt succeeded), with the pause it caused. */
  remove(key: string, failure: Failure): void {
    const entry = this.entries.get(key);
    if (!entry) {
      return;
    }
    entry.failures = entry.failures.filter((candidate) => candidate !== failure);
    if (entry.lockedBy === failure) {
      delete entry.lockedUntil;
      delete entry.lockedBy;
    }
  }

  /** Forgives the failures judged before `before` (event order); attempts still in flight keep counting. */
  forgiveSettled(key: string, before: number): void {
    const entry = this.entries.get(key);
    if (!entry) {
      return;
    }
    entry.failures = entry.failures.filter(({ settled }) => settled === undefined || settled > before);
    if (entry.lockedBy !== undefined && !entry.failures.includes(entry.lockedBy)) {
      delete entry.lockedUntil;
      delete entry.lockedBy;
    }
  }

  /** The entry with expired failures and pauses dropped, or `undefined` when nothing is left. */
  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    if (this.expire(entry, now)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Drops what is too old; returns whether the entry is empty. */
  private expire(entry: Entry, now: number): boolean {
    if (entry.lockedUntil !== undefined && entry.lockedUntil <= now) {
      delete entry.lockedUntil;
      delete entry.lockedBy;
    }
    const since = now - this.limit.windowSeconds * 1000;
    entry.failures = entry.failures.filter(({ at }) => at > since);
    return entry.failures.length === 0 && entry.lockedUntil === undefined;
  }

  /** Past the cap, drops expired entries first, then the least recently used. */
  private enforceCap(now: number): void {
    if (this.entries.size <= this.maxEntries) {
      return;
    }
    for (const [key, entry] of this.entries) {
      if (this.expire(entry, now)) {
        this.entries.delete(key);
      }
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) {
        break;
      }
      this.entries.delete(key);
    }
  }
}

/**
 * Refuses password sign-in after too many failures, counted twice: per account and client address
 * (one source can pause only itself) and per account from every source (a higher ceiling that pauses
 * the account for everyone). Accounts are keyed by normalized email, known or not, so refusals reveal
 * nothing about which accounts exist.
 *
 * An attempt counts as a failure from the moment it is let through, before the password is checked,
 * so a burst of simultaneous guesses can't have more judged than the limit; a right password takes its
 * attempt back. State lives in memory, bounded by expiry and a size cap: a restart forgives.
 */
export class LoginThrottle {
  private readonly sources: FailureTable;
  private readonly accounts: FailureTable;
  private events = 0;

  constructor(
    private readonly clock: Clock,
    options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
  ) {
    this.sources = new FailureTable(options.perSource, options.maxEntries);
    this.accounts = new FailureTable(options.perAccount, options.maxEntries);
  }

  /** Records kept, for tests of the memory bound. */
  get size(): { sources: number; accounts: number } {
    return { sources: this.sources.size, accounts: this.accounts.size };
  }

  /** Whether `account` may try a password from `source` now, without counting anything. */
  check(account: string, source: string): ThrottleVerdict {
    const now = this.clock.now();
    const wait = Math.max(
      this.sources.lockedFor(sourceKey(account, source), now),
      this.accounts.lockedFor(account, now),
    );
    return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
  }

  /**
   * Lets one password attempt for `account` from `source` through, counting it as a failure at once, or
   * refuses it while either record is paused. Settle the attempt once the password has been checked.
   */
  begin(account: string, source: string): AttemptAdmission {
    const verdict = this.check(account, source);
    if (!verdict.allowed) {
      return verdict;
    }
    const now = this.clock.now();
    const started = ++this.events;
    const key = sourceKey(account, source);
    const forSource: Failure = { at: now };
    const forAccount: Failure = { at: now };
    this.sources.add(key, forSource, now);
    this.accounts.add(account, forAccount, now);
    const attempt: PasswordAttempt = {
      succeeded: () => {
        this.sources.remove(key, forSource);
        this.accounts.remove(account, forAccount);
        this.sources.forgiveSettled(key, started);
      },
      failed: () => {
        forSource.settled = ++this.events;
        forAccount.settled = forSource.settled;
        return this.check(account, source);
      },
    };
    return { allowed: true, attempt };
  }
}

function sourceKey(account: string, source: string): string {
  return `${source} ${account}`;
}
