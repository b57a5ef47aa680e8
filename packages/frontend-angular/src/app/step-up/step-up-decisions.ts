import { assessAuthentication, AuthenticationClaims, StepUpRequirement } from 'step-up';

import { StepUpStopReason, StepUpTrip } from './step-up-trip';

// Every step-up decision of the SPA, as plain functions of their inputs: which navigation may go on,
// what to ask the provider for, and whether an action that waited for a step-up may be sent again.

/** The ID token claims the decisions look at: `acr`, `auth_time` and whose sign-in it is. */
export interface SignInClaims extends AuthenticationClaims {
  sub?: unknown;
}

/**
 * How long a trip counts. Long enough for a sign-in with an emailed code; short enough that a
 * request is never sent on the visitor's behalf long after they gave up on the provider's page.
 */
export const STEP_UP_TRIP_TTL_MS = 10 * 60 * 1000;

/** Whether `trip` started less than {@link STEP_UP_TRIP_TTL_MS} ago (and not in the future). */
export function isTripCurrent(trip: Pick<StepUpTrip, 'startedAt'>, nowMs: number): boolean {
  const age = nowMs - trip.startedAt;
  return age >= 0 && age < STEP_UP_TRIP_TTL_MS;
}

/** What the redirect asks the provider for (the options of `signInWithRedirect`). */
export interface StepUpRedirect {
  /**
   * One value, the most preferred: okta-auth-js compares the returned `acr` with the requested
   * `acr_values` as one exact string, so asking for a list would reject every answer.
   */
  readonly acrValues?: string;
  readonly maxAge?: number;
}

/**
 * The redirect that answers `requirement`, or `null` when it names nothing the provider could be
 * asked for (no `acr` value and no `max_age`), in which case redirecting would come back unchanged.
 *
 * A requirement of recency alone (`max_age` without `acr_values`, as RFC 9470 sends when the level is
 * fine but the authentication too old) also asks for `currentAcr`, the level the visitor has now:
 * `max_age` makes the provider authenticate afresh, and a fresh authentication asked for no level
 * would come back with the weakest (a password), trading one shortfall for another.
 */
export function planStepUp(requirement: StepUpRequirement, currentAcr?: unknown): StepUpRedirect | null {
  const { maxAge } = requirement;
  const acrValues =
    requirement.acrValues?.[0] ??
    (maxAge !== undefined && typeof currentAcr === 'string' ? currentAcr : undefined);
  if (acrValues === undefined && maxAge === undefined) {
    return null;
  }
  return {
    ...(acrValues === undefined ? {} : { acrValues }),
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}

/**
 * What the step-up guard does with a navigation:
 * - `allow`: the sign-in meets the route's requirement (on the ladder: `phr` meets a `2fa` route);
 * - `sign-in`: nobody is signed in, which `OktaAuthGuard` handles;
 * - `step-up`: redirect to the provider asking for the route's whole requirement;
 * - `stop`: this navigation is the return from that redirect and the sign-in still falls short, so
 *   the visitor is told instead of being sent round again.
 */
export type RouteAccess =
  | { readonly kind: 'allow' }
  | { readonly kind: 'sign-in' }
  | { readonly kind: 'step-up'; readonly requirement: StepUpRequirement }
  | { readonly kind: 'stop' };

/**
 * Decides a navigation to a route requiring `requirement`, for the ID token `claims` (`null`: nobody
 * is signed in). `cameBack` says whether a step-up for this very page has just returned.
 *
 * The redirect asks for the whole requirement, not only the part that falls short: a stale two-factor
 * session re-authenticated for `max_age` alone would come back with one factor.
 */
export function decideRouteAccess(
  claims: AuthenticationClaims | null,
  requirement: StepUpRequirement,
  cameBack: boolean,
  nowSeconds: number,
): RouteAccess {
  if (claims !== null && assessAuthentication(claims, requirement, nowSeconds) === null) {
    return { kind: 'allow' };
  }
  if (cameBack) {
    return { kind: 'stop' };
  }
  return claims === null ? { kind: 'sign-in' } : { kind: 'step-up', requirement };
}

/**
 * Whether the action a trip kept is sent again (`replay`) or explained (`stop`); `discardDraft` says
 * the form the visitor left must not be shown again either, because it belongs to another account.
 */
export type ResumeDecision =
  | { readonly kind: 'replay' }
  | { readonly kind: 'stop'; readonly reason: StepUpStopReason; readonly discardDraft: boolean };

const stop = (reason: StepUpStopReason, discardDraft = false): ResumeDecision => ({
  kind: 'stop',
  reason,
  discardDraft,
});

/**
 * Whether the action a trip kept may be sent again: only when the trip came back through a successful
 * callback, recently, signed in as the account that started it (`sub`), and the new ID token
 * (`claims`) meets what was asked for. Judging the token first means a sign-in that fell short is
 * explained, rather than answered by the API with the same challenge.
 */
export function decideResume(trip: StepUpTrip, claims: SignInClaims | null, nowMs: number): ResumeDecision {
  if (!isTripCurrent(trip, nowMs)) {
    return stop('expired');
  }
  switch (trip.status) {
    case 'outbound':
      return stop('not-completed');
    case 'failed':
      return stop('sign-in-failed');
    case 'stopped':
      return stop('not-satisfied');
    case 'returned':
      if (claims === null) {
        return stop('not-satisfied');
      }
      if (trip.sub === undefined || claims.sub !== trip.sub) {
        return stop('account-changed', true);
      }
      return assessAuthentication(claims, trip.requirement, Math.floor(nowMs / 1000)) === null
        ? { kind: 'replay' }
        : stop('not-satisfied');
  }
}
