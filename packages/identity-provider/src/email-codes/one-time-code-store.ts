import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Clock } from 'step-up';

export interface OneTimeCodeOptions {
  readonly lifetimeSeconds: number;
  /** Wrong entries that lock a code; the user must then request a new one. */
  readonly maxAttempts: number;
  /** Most codes outstanding at once (every sign-in in progress has at most one); the oldest goes first past it. */
  readonly maxCodes: number;
}

export const DEFAULT_ONE_TIME_CODES: OneTimeCodeOptions = {
  lifetimeSeconds: 300,
  maxAttempts: 5,
  maxCodes: 10_000,
};

export const CODE_PATTERN = /^\d{6}$/;

/** Whom a code was sent for: one sign-in (the oidc-provider interaction) of one account. */
export interface CodeHolder {
  readonly interactionId: string;
  readonly accountId: string;
}

export interface IssuedCode {
  readonly code: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export type VerifyResult =
  | { readonly outcome: 'valid' }
  /** A wrong code (judged); at 0 attempts left the code is locked from now on. */
  | { readonly outcome: 'invalid'; readonly attemptsLeft: number }
  /** Locked before this entry, which was not judged. */
  | { readonly outcome: 'locked' }
  | { readonly outcome: 'expired' }
  | { readonly outcome: 'missing' };

interface StoredCode {
  readonly accountId: string;
  readonly digest: Buffer;
  readonly expiresAt: number;
  failures: number;
}

/**
 * Six-digit one-time codes, each bound to the sign-in that asked for it (the interaction) and its account:
 * drawn with `crypto.randomInt`, valid for 5 minutes, single use, locked after 5 wrong entries. A code
 * works only in its own sign-in, and a new code replaces only that sign-in's code. Only an HMAC of each code
 * is kept (under a per-process key) and candidates are compared in constant time. How often codes may be
 * sent and guessed per account is {@link SecondFactorBudget}'s business.
 */
export class OneTimeCodeStore {
  private readonly codes = new Map<string, StoredCode>();
  private readonly key = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly options: OneTimeCodeOptions = DEFAULT_ONE_TIME_CODES,
    private readonly drawCode: () => number = () => randomInt(0, 1_000_000),
  ) {}

  /** Issues a new code for `holder`, replacing the one its sign-in had. */
  issue({ interactionId, accountId }: CodeHolder): IssuedCode {
    const now = this.clock.now();
    const code = this.drawCode().toString().padStart(6, '0');
    const expiresAt = now + this.options.lifetimeSeconds * 1000;
    this.codes.delete(interactionId);
    this.codes.set(interactionId, { accountId, digest: this.digest(code), expiresAt, failures: 0 });
    this.enforceCap(now);
    return { code, issuedAt: now, expiresAt };
  }

  /** Whether `holder`'s sign-in has a code that can still be entered (not used, expired or locked). */
  hasUsableCode(holder: CodeHolder): boolean {
    const stored = this.find(holder);
    return (
      stored !== undefined &&
      this.clock.now() < stored.expiresAt &&
      stored.failures < this.options.maxAttempts
    );
  }

  /** Checks a candidate against `holder`'s code; a valid code is consumed, a wrong one counts towards the lock. */
  verify(holder: CodeHolder, candidate: string): VerifyResult {
    const stored = this.find(holder);
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
      this.codes.delete(holder.interactionId);
      return { outcome: 'valid' };
    }
    stored.failures += 1;
    return { outcome: 'invalid', attemptsLeft: this.options.maxAttempts - stored.failures };
  }

  /** Codes kept, for tests of the memory bound. */
  get size(): number {
    return this.codes.size;
  }

  /** The code of this sign-in, if it was issued for this account. */
  private find({ interactionId, accountId }: CodeHolder): StoredCode | undefined {
    const stored = this.codes.get(interactionId);
    return stored?.accountId === accountId ? stored : undefined;
  }

  /** Past the cap, drops expired codes first, then the oldest. */
  private enforceCap(now: number): void {
    if (this.codes.size <= this.options.maxCodes) {
      return;
    }
    for (const [interactionId, stored] of this.codes) {
      if (stored.expiresAt <= now) {
        this.codes.delete(interactionId);
      }
    }
    for (const interactionId of this.codes.keys()) {
      if (this.codes.size <= this.options.maxCodes) {
        break;
      }
      this.codes.delete(interactionId);
    }
  }

  private digest(code: string): Buffer {
    return createHmac('sha256', this.key).update(code).digest();
  }
}
