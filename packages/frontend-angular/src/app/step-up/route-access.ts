import { assessAuthentication, AuthenticationClaims, StepUpRequirement } from 'step-up';

import { StepUpDemand } from './step-up-plan';

/**
 * What the step-up guard does with a navigation:
 * - `allow`: the sign-in meets the route's requirement (on the ladder: `phr` meets a `2fa` route);
 * - `step-up`: redirect to the provider asking for `demand` (signing in first when nobody is);
 * - `stop`: this navigation is the return from that redirect and the sign-in still falls short, so
 *   the visitor is told instead of being sent round again.
 */
export type RouteAccess =
  | { readonly kind: 'allow' }
  | { readonly kind: 'step-up'; readonly demand: StepUpDemand }
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
  return {
    kind: 'step-up',
    demand: {
      acrValues: requirement.acrValues ?? [],
      ...(requirement.maxAge === undefined ? {} : { maxAge: requirement.maxAge }),
    },
  };
}
