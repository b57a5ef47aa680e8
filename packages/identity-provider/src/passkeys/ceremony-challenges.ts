import { randomBytes } from 'node:crypto';
import type { Clock } from 'step-up';

/** The two WebAuthn ceremonies: creating a passkey and signing in with one. */
export type CeremonyKind = 'registration' | 'authentication';

/** How long a ceremony's challenge can be answered: the same 5 minutes as the ceremony's timeout. */
export const CEREMONY_TIMEOUT_MS = 5 * 60_000;

interface PendingChallenge {
  readonly kind: CeremonyKind;
  readonly challenge: string;
  readonly expiresAt: number;
}

/**
 * The outstanding challenge of each sign-in interaction: bound to the interaction and the ceremony, valid for
 * {@link CEREMONY_TIMEOUT_MS}, and single use (taking it removes it, whatever the response turns out to be).
 * Showing a ceremony page again replaces the interaction's challenge. Kept in memory: a restart only means the
 * page must be shown again.
 */
export class CeremonyChallenges {
  private readonly pending = new Map<string, PendingChallenge>();
  /** Challenges taken or replaced, by challenge, with their interaction: a response to one was sent too late. */
  private readonly retired = new Map<string, { interactionUid: string; until: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly maxPending = 10_000,
  ) {}

  /** A new random challenge (32 bytes, base64url) for the interaction's ceremony. */
  issue(interactionUid: string, kind: CeremonyKind): string {
    this.removeExpired();
    this.retire(interactionUid);
    if (this.pending.size >= this.maxPending) {
      const oldest = this.pending.keys().next();
      if (!oldest.done) {
        this.pending.delete(oldest.value);
      }
    }
    const challenge = randomBytes(32).toString('base64url');
    this.pending.set(interactionUid, {
      kind,
      challenge,
      expiresAt: this.clock.now() + CEREMONY_TIMEOUT_MS,
    });
    return challenge;
  }

  /** The interaction's challenge for `kind`, removed; `undefined` when none was issued, it expired or was used. */
  take(interactionUid: string, kind: CeremonyKind): string | undefined {
    const pending = this.pending.get(interactionUid);
    if (pending?.kind !== kind) {
      return undefined;
    }
    this.retire(interactionUid);
    return pending.expiresAt > this.clock.now() ? pending.challenge : undefined;
  }

  /** Whether `challenge` was issued to this interaction earlier and has since been used, replaced or expired. */
  wasRetired(interactionUid: string, challenge: string): boolean {
    return this.retired.get(challenge)?.interactionUid === interactionUid;
  }

  private retire(interactionUid: string): void {
    const pending = this.pending.get(interactionUid);
    if (pending) {
      this.pending.delete(interactionUid);
      this.retired.set(pending.challenge, {
        interactionUid,
        until: this.clock.now() + 2 * CEREMONY_TIMEOUT_MS,
      });
      if (this.retired.size > this.maxPending) {
        const oldest = this.retired.keys().next();
        if (!oldest.done) {
          this.retired.delete(oldest.value);
        }
      }
    }
  }

  private removeExpired(): void {
    const now = this.clock.now();
    for (const [uid, pending] of this.pending) {
      if (pending.expiresAt <= now) {
        this.retire(uid);
      }
    }
    for (const [challenge, { until }] of this.retired) {
      if (until <= now) {
        this.retired.delete(challenge);
      }
    }
  }
}
