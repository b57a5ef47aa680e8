import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

import type { Clock } from '../clock.js';

export interface OneTimeCodeOptions {
  readonly lifetimeSeconds: number;
  /** Wrong entries that lock a code; the user must then request a new one. */
  readonly maxAttempts: number;
  /** Minimum time between two codes for the same account. */
  readonly resendCooldownSeconds: number;
}

export const DEFAULT_ONE_TIME_CODES: OneTimeCodeOptions = {
  lifetimeSeconds: 300,
  maxAttempts: 5,
  resendCooldownSeconds: 30,
};

export const CODE_PATTERN = /^\d{6}$/;

export type IssueResult =
  | { readonly issued: true; readonly code: string; readonly issuedAt: number; readonly expiresAt: number }
  | { readonly issued: false; readonly retryAfterSeconds: number };

export type VerifyResult =
  | { readonly outcome: 'valid' }
  | { readonly outcome: 'invalid'; readonly attemptsLeft: number }
  | { readonly outcome: 'locked' }
  | { readonly outcome: 'expired' }
  | { readonly outcome: 'missing' };

interface StoredCode {
  readonly digest: Buffer;
  readonly issuedAt: number;
  readonly expiresAt: number;
  failures: number;
}

/**
 * Six-digit one-time codes, one outstanding per account: drawn with `crypto.randomInt`, valid for 5 minutes,
 * single use, locked after 5 wrong entries, at most one every 30 seconds. Only an HMAC of each code is kept
 * (under a per-process key) and candidates are compared in constant time.
 */
export class OneTimeCodeStore {
  private readonly codes = new Map<string, StoredCode>();
  private readonly key = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly options: OneTimeCodeOptions = DEFAULT_ONE_TIME_CODES,
    private readonly drawCode: () => number = () => randomInt(0, 1_000_000),
  ) {}

  /** Issues a new code for `accountId`, replacing any outstanding one, unless the previous one is too recent. */
  issue(accountId: string): IssueResult {
    const now = this.clock.now();
    const previous = this.codes.get(accountId);
    const cooldownEnds = (previous?.issuedAt ?? -Infinity) + this.options.resendCooldownSeconds * 1000;
    if (now < cooldownEnds) {
      return { issued: false, retryAfterSeconds: Math.ceil((cooldownEnds - now) / 1000) };
    }
    const code = this.drawCode().toString().padStart(6, '0');
    const expiresAt = now + this.options.lifetimeSeconds * 1000;
    this.codes.set(accountId, { digest: this.digest(code), issuedAt: now, expiresAt, failures: 0 });
    return { issued: true, code, issuedAt: now, expiresAt };
  }

  /** Whether `accountId` has a code that can still be entered (not used, expired or locked). */
  hasUsableCode(accountId: string): boolean {
    const stored = this.codes.get(accountId);
    return (
      stored !== undefined &&
      this.clock.now() < stored.expiresAt &&
      stored.failures < this.options.maxAttempts
    );
  }

  /** Checks a candidate; a valid code is consumed, a wrong one counts towards the lock. */
  verify(accountId: string, candidate: string): VerifyResult {
    const stored = this.codes.get(accountId);
    if (!stored) {
      return { outcome: 'missing' };
    }
    if (stored.failures >= this.options.maxAttempts) {
      return { outcome: 'locked' };
    }
    if (this.clock.now() >= stored.expiresAt) {
      return { outcome: 'expired' };
    }
    const matches = CODE_PATTERN.test(candidate) && timingSafeEqual(this.digest(candidate), stored.digest);
    if (matches) {
      this.codes.delete(accountId);
      return { outcome: 'valid' };
    }
    stored.failures += 1;
    const attemptsLeft = this.options.maxAttempts - stored.failures;
    return attemptsLeft > 0 ? { outcome: 'invalid', attemptsLeft } : { outcome: 'locked' };
  }

  private digest(code: string): Buffer {
    return createHmac('sha256', this.key).update(code).digest();
  }
}
