import type { Clock } from 'step-up';

import type { Factor } from './assurance-levels.js';
import { ENROLLMENT_FACTOR_MAX_AGE_SECONDS } from './assurance-policy.js';

/** Factors proved by one sign-in step, carried in the interaction result to the session it completes. */
export interface FactorProof {
  readonly factors: readonly Factor[];
  /** When, in seconds. */
  readonly at: number;
  /** A sign-in from scratch (password, passkey): earlier proofs of the session no longer count. */
  readonly fresh: boolean;
}

const FACTORS: readonly Factor[] = ['pwd', 'email', 'passkey'];

/** The {@link FactorProof} of an interaction result, if it carries a well-formed one. */
export function factorProofOf(result: unknown): FactorProof | undefined {
  const proof = (result as { proof?: unknown } | undefined)?.proof;
  if (typeof proof !== 'object' || proof === null) {
    return undefined;
  }
  const { factors, at, fresh } = proof as Record<string, unknown>;
  if (
    !Array.isArray(factors) ||
    !factors.every((factor) => FACTORS.includes(factor as Factor)) ||
    typeof at !== 'number' ||
    typeof fresh !== 'boolean'
  ) {
    return undefined;
  }
  return { factors: factors as Factor[], at, fresh };
}

type FactorTimes = Partial<Record<Factor, number>>;

interface SessionProofs {
  readonly accountId: string;
  readonly times: FactorTimes;
}

/**
 * When each factor was last proved in each browser session (by oidc-provider's session `uid`, which stays the
 * same for the life of the session), for the rule that a passkey is added only after two recent factors. The
 * session's `amr` says which factors it has, not when each was proved. Kept in memory and only while it can
 * matter ({@link ENROLLMENT_FACTOR_MAX_AGE_SECONDS}); after a restart the user is asked for the factors again.
 */
export class FactorProofs {
  private readonly sessions = new Map<string, SessionProofs>();

  constructor(
    private readonly clock: Clock,
    private readonly maxSessions = 10_000,
  ) {}

  /** The proof times of the session's account, with `pending` (a proof not recorded yet) applied on top. */
  timesFor(sessionUid: string, accountId: string, pending?: FactorProof): FactorTimes {
    const stored = this.sessions.get(sessionUid);
    const times = stored?.accountId === accountId ? stored.times : {};
    return pending ? apply(times, pending) : times;
  }

  record(sessionUid: string, accountId: string, proof: FactorProof): void {
    this.removeStale();
    const times = this.timesFor(sessionUid, accountId, proof);
    this.sessions.delete(sessionUid);
    if (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next();
      if (!oldest.done) {
        this.sessions.delete(oldest.value);
      }
    }
    this.sessions.set(sessionUid, { accountId, times });
  }

  private removeStale(): void {
    const oldestUseful = Math.floor(this.clock.now() / 1000) - ENROLLMENT_FACTOR_MAX_AGE_SECONDS;
    for (const [uid, { times }] of this.sessions) {
      if (Math.max(...Object.values(times)) < oldestUseful) {
        this.sessions.delete(uid);
      }
    }
  }
}

function apply(times: FactorTimes, proof: FactorProof): FactorTimes {
  const updated: FactorTimes = proof.fresh ? {} : { ...times };
  proof.factors.forEach((factor) => {
    updated[factor] = proof.at;
  });
  return updated;
}
