import { isAuthenticationRecent } from 'step-up';

import { acrForFactors, factorsFromAmr, requiredFactors, type Factor } from './assurance-levels.js';

/** What the provider's session knows about the signed-in user. */
export interface SessionAuthentication {
  readonly accountId?: string | undefined;
  /** The session's `amr`: the factors verified in the current authentication. */
  readonly amr?: unknown;
  /** `auth_time` of the current authentication, in seconds. */
  readonly authTime?: number | undefined;
}

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
 * - `email-code`: the session has the password; only the email one-time code is missing.
 * - `unmet`: no requested level can be reached; answer `unmet_authentication_requirements`.
 */
export type AuthenticationDecision =
  | { readonly step: 'none'; readonly acr: string }
  | { readonly step: 'password'; readonly acr: string; readonly factors: readonly Factor[] }
  | { readonly step: 'email-code'; readonly acr: string }
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

/**
 * Decides how an authorization request is authenticated, given the session.
 *
 * The requested level is the first `acr_values` entry this provider can reach (unknown values and `phr`/`phrh`
 * are skipped). When the session already satisfies it, the answer is the requested value itself (okta-auth-js
 * compares `acr` to `acr_values` by exact string), without lowering the session. Without `acr_values` the
 * answer is the session's actual level. A session below the level is asked only for the missing factor.
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
      description: `none of the requested authentication levels (${request.acrValues.join(' ')}) can be met: this server offers password and email code authentication only`,
    };
  }

  const answerFor = (factors: readonly Factor[]) => target.acr ?? acrForFactors(factors)!;
  if (needsFreshAuthentication(session, request, nowSeconds)) {
    return { step: 'password', acr: answerFor(target.factors), factors: target.factors };
  }

  const verified = factorsFromAmr(session.amr);
  const missing = target.factors.filter((factor) => !verified.includes(factor));
  if (missing.includes('pwd')) {
    return { step: 'password', acr: answerFor(target.factors), factors: target.factors };
  }
  if (missing.includes('email')) {
    return { step: 'email-code', acr: answerFor(target.factors) };
  }
  return { step: 'none', acr: answerFor(verified) };
}
