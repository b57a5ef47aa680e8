import { isAuthenticationRecent, satisfiesAcr } from 'step-up';

import { acrForFactors, factorsFromAmr, requiredFactors, type Factor } from './assurance-levels.js';

/** What the provider's session knows about the signed-in user. */
export interface SessionAuthentication {
  readonly accountId?: string | undefined;
  /** The session's `amr`: the factors verified in the current authentication. */
  readonly amr?: unknown;
  /** `auth_time` of the current authentication, in seconds. */
  readonly authTime?: number | undefined;
  /** When each factor was last proved in this browser session, in seconds (judged before adding a passkey). */
  readonly factorTimes?: Readonly<Partial<Record<Factor, number>>> | undefined;
  /** Whether the session's account has a passkey. */
  readonly hasPasskey?: boolean | undefined;
}

/**
 * A passkey is added to an account only after both other factors were proved within this many seconds, so a
 * stale session (or a stolen session cookie) alone never enrolls one.
 */
export const ENROLLMENT_FACTOR_MAX_AGE_SECONDS = 300;

/** The authentication requirements of one authorization request. */
export interface AuthenticationRequest {
  /** `acr_values`, parsed, in order of preference. */
  readonly acrValues: readonly string[];
  readonly maxAge?: number | undefined;
  /** `prompt=login` (or `max_age=0`) is still pending. */
  readonly loginRequested: boolean;
  /** The user completed a sign-in step during this very request (an interaction result), so it is recent. */
  readonly justAuthenticated: boolean;
}

/**
 * What the user must do before the provider answers:
 * - `none`: the session is enough; answer with `acr`.
 * - `password`: authenticate from scratch (no session, stale for `max_age`, `prompt=login`); `factors` is
 *   everything the requested level needs, so the email code follows the password when it includes `email`.
 * - `email-code`: the session has the password; only the email one-time code is missing (or, before a passkey
 *   is added, is older than {@link ENROLLMENT_FACTOR_MAX_AGE_SECONDS}).
 * - `passkey`: `phr` is requested and the account has a passkey: sign in with it.
 * - `enroll-passkey`: `phr` is requested, the account has no passkey and both other factors are recent: set one up.
 * - `unmet`: no requested level can be reached; answer `unmet_authentication_requirements`.
 */
export type AuthenticationDecision =
  | { readonly step: 'none'; readonly acr: string }
  | { readonly step: 'password'; readonly acr: string; readonly factors: readonly Factor[] }
  | { readonly step: 'email-code'; readonly acr: string }
  | { readonly step: 'passkey'; readonly acr: string }
  | { readonly step: 'enroll-passkey'; readonly acr: string }
  | { readonly step: 'unmet'; readonly description: string };

interface Target {
  /** The requested value to answer with, or `undefined` to answer with the session's actual level. */
  readonly acr: string | undefined;
  readonly factors: readonly Factor[];
}

function chooseTarget(acrValues: readonly string[]): Target | undefined {
  if (acrValues.length === 0) {
    return { acr: undefined, factors: ['pwd'] };
  }
  for (const acr of acrValues) {
    const factors = requiredFactors(acr);
    if (factors) {
      return { acr, factors };
    }
  }
  return undefined;
}

function needsFreshAuthentication(
  session: SessionAuthentication,
  request: AuthenticationRequest,
  now: number,
) {
  if (!session.accountId || request.loginRequested) {
    return true;
  }
  if (request.maxAge === undefined || request.justAuthenticated) {
    return false;
  }
  return !isAuthenticationRecent(session.authTime, request.maxAge, now);
}

function wasProvedRecently(
  session: SessionAuthentication,
  verified: readonly Factor[],
  factor: Factor,
  now: number,
): boolean {
  const provedAt = session.factorTimes?.[factor];
  return (
    verified.includes(factor) &&
    provedAt !== undefined &&
    provedAt <= now + 60 &&
    now - provedAt <= ENROLLMENT_FACTOR_MAX_AGE_SECONDS
  );
}

/**
 * `phr` for a session below it: the account's passkey when it has one; otherwise the password and the email
 * code, each proved within the last five minutes (whichever is missing or older is asked for now), and then
 * the passkey enrollment.
 */
function passkeyStep(
  session: SessionAuthentication,
  target: Target & { acr: string },
  now: number,
): AuthenticationDecision {
  if (session.hasPasskey) {
    return { step: 'passkey', acr: target.acr };
  }
  const verified = factorsFromAmr(session.amr);
  if (!wasProvedRecently(session, verified, 'pwd', now)) {
    return { step: 'password', acr: target.acr, factors: target.factors };
  }
  if (!wasProvedRecently(session, verified, 'email', now)) {
    return { step: 'email-code', acr: target.acr };
  }
  return { step: 'enroll-passkey', acr: target.acr };
}

/**
 * Decides how an authorization request is authenticated, given the session.
 *
 * The requested level is the first `acr_values` entry this provider can reach (unknown values and `phrh` are
 * skipped). When the session already satisfies it on the ACR ladder, the answer is the requested value itself
 * (okta-auth-js compares `acr` to `acr_values` by exact string), without lowering the session. Without
 * `acr_values` the answer is the session's actual level. A session below the level is asked only for what is
 * missing.
 */
export function decideAuthentication(
  session: SessionAuthentication,
  request: AuthenticationRequest,
  nowSeconds: number,
): AuthenticationDecision {
  const target = chooseTarget(request.acrValues);
  if (!target) {
    return {
      step: 'unmet',
      description: `none of the requested authentication levels (${request.acrValues.join(' ')}) can be met: this server offers password, email code and passkey authentication, and none of its passkeys is proven to be hardware-bound (phrh)`,
    };
  }

  const answerFor = (factors: readonly Factor[]) => target.acr ?? acrForFactors(factors)!;
  const verified = factorsFromAmr(session.amr);
  const level = acrForFactors(verified);
  if (needsFreshAuthentication(session, request, nowSeconds) || level === undefined) {
    return { step: 'password', acr: answerFor(target.factors), factors: target.factors };
  }
  if (target.acr === undefined || satisfiesAcr(level, target.acr)) {
    return { step: 'none', acr: answerFor(verified) };
  }
  if (target.factors.includes('passkey')) {
    return passkeyStep(session, { ...target, acr: target.acr }, nowSeconds);
  }
  if (!verified.includes('pwd')) {
    return { step: 'password', acr: target.acr, factors: target.factors };
  }
  return { step: 'email-code', acr: target.acr };
}
