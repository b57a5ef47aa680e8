import type { Clock } from 'step-up';

export interface SecondFactorBudgetOptions {
  /** Consecutive wrong codes for an account, across codes, sign-ins and browsers, before the code step pauses. */
  readonly maxConsecutiveFailures: number;
  /** The first pause; every further wrong code after a pause doubles it, up to `maxCoolOffSeconds`. */
  readonly coolOffSeconds: number;
  readonly maxCoolOffSeconds: number;
  /** Wait before the next code, by how many codes were sent since the last right one (the last value repeats). */
  readonly resendDelaysSeconds: readonly number[];
  /** An account's record is forgotten after this long without a code sent or a wrong code, and outside a pause. */
  readonly forgetAfterSeconds: number;
  /** Most accounts kept; the least recently active record goes first past it. */
  readonly maxAccounts: number;
}

/**
 * 10 consecutive wrong codes (two codes' worth: each code locks after 5) pause the account's code step for
 * 15 minutes, then 30, 60, … up to 24 hours for each further wrong code; a new code waits 30 s, 1, 2, 5,
 * 10, then 15 minutes after the previous one. Records are forgotten after 24 quiet hours.
 */
export const DEFAULT_SECOND_FACTOR_BUDGET: SecondFactorBudgetOptions = {
  maxConsecutiveFailures: 10,
  coolOffSeconds: 15 * 60,
  maxCoolOffSeconds: 24 * 60 * 60,
  resendDelaysSeconds: [30, 60, 120, 300, 600, 900],
  forgetAfterSeconds: 24 * 60 * 60,
  maxAccounts: 10_000,
};

export type BudgetVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface AccountRecord {
  failures: number;
  coolOffs: number;
  pausedUntil?: number;
  codesSent: number;
  lastCodeAt?: number;
  lastActivityAt: number;
}

/**
 * The account-wide limits of the email code step, which no new code and no new sign-in resets: a budget
 * of consecutive wrong codes followed by a growing cool-off, and a growing wait between codes. A right
 * code clears the account's record. State lives in memory, bounded by expiry and a size cap: a restart
 * forgives.
 */
export class SecondFactorBudget {
  private readonly records = new Map<string, AccountRecord>();

  constructor(
    private readonly clock: Clock,
    private readonly options: SecondFactorBudgetOptions = DEFAULT_SECOND_FACTOR_BUDGET,
  ) {}

  /** Records kept, for tests of the memory bound. */
  get size(): number {
    return this.records.size;
  }

  /** Whether the account's code step is open (not cooling off). */
  check(accountId: string): BudgetVerdict {
    const now = this.clock.now();
    const record = this.current(accountId, now);
    if (record?.pausedUntil !== undefined && now < record.pausedUntil) {
      return { allowed: false, retryAfterSeconds: Math.ceil((record.pausedUntil - now) / 1000) };
    }
    return { allowed: true };
  }

  /** Wrong codes the account may still enter before its code step pauses. */
  failuresLeft(accountId: string): number {
    const record = this.current(accountId, this.clock.now());
    return Math.max(0, this.options.maxConsecutiveFailures - (record?.failures ?? 0));
  }

  /** Counts a wrong code; returns whether the code step stays open. */
  recordFailure(accountId: string): BudgetVerdict {
    const now = this.clock.now();
    const record = this.touch(accountId, now);
    record.failures += 1;
    if (record.failures >= this.options.maxConsecutiveFailures) {
      const seconds = Math.min(
        this.options.coolOffSeconds * 2 ** record.coolOffs,
        this.options.maxCoolOffSeconds,
      );
      record.coolOffs += 1;
      record.pausedUntil = now + seconds * 1000;
    }
    return this.check(accountId);
  }

  /** A right code: the account starts afresh. */
  recordSuccess(accountId: string): void {
    this.records.delete(accountId);
  }

  /** Whether a new code may be sent now: not while cooling off, and not before the growing wait is over. */
  checkNewCode(accountId: string): BudgetVerdict {
    const paused = this.check(accountId);
    if (!paused.allowed) {
      return paused;
    }
    const now = this.clock.now();
    const record = this.current(accountId, now);
    if (record?.lastCodeAt === undefined || record.codesSent === 0) {
      return { allowed: true };
    }
    const delays = this.options.resendDelaysSeconds;
    const delay = delays[Math.min(record.codesSent, delays.length) - 1] ?? 0;
    const next = record.lastCodeAt + delay * 1000;
    return now < next
      ? { allowed: false, retryAfterSeconds: Math.ceil((next - now) / 1000) }
      : { allowed: true };
  }

  /** Counts a code sent. */
  recordCodeSent(accountId: string): void {
    const now = this.clock.now();
    const record = this.touch(accountId, now);
    record.codesSent += 1;
    record.lastCodeAt = now;
  }

  private current(accountId: string, now: number): AccountRecord | undefined {
    const record = this.records.get(accountId);
    if (record && this.forgotten(record, now)) {
      this.records.delete(accountId);
      return undefined;
    }
    return record;
  }

  private forgotten(record: AccountRecord, now: number): boolean {
    const quietSince = Math.max(record.lastActivityAt, record.pausedUntil ?? 0);
    return now >= quietSince + this.options.forgetAfterSeconds * 1000;
  }

  private touch(accountId: string, now: number): AccountRecord {
    const record = this.current(accountId, now) ?? {
      failures: 0,
      coolOffs: 0,
      codesSent: 0,
      lastActivityAt: now,
    };
    record.lastActivityAt = now;
    this.records.delete(accountId);
    this.records.set(accountId, record);
    if (this.records.size > this.options.maxAccounts) {
      for (const [key, candidate] of this.records) {
        if (this.forgotten(candidate, now)) {
          this.records.delete(key);
        }
      }
      for (const key of this.records.keys()) {
        if (this.records.size <= this.options.maxAccounts) {
          break;
        }
        this.records.delete(key);
      }
    }
    return record;
  }
}
