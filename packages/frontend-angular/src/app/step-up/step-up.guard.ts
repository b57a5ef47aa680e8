import { DOCUMENT, inject } from '@angular/core';
import { CanActivateFn, Data, RedirectCommand, Router } from '@angular/router';
import { OKTA_AUTH, OktaAuthGuard } from '@okta/okta-angular';
import { parseAcrValues, StepUpRequirement } from 'step-up';

import { currentIdTokenClaims } from '../auth/id-token-claims';
import { safeReturnPath } from '../auth/safe-return-path';
import { SIGN_IN_UNAVAILABLE_PATH } from '../auth/session.service';
import { CLOCK } from '../clock';
import { decideRouteAccess } from './step-up-decisions';
import { StepUpStore } from './step-up.store';
import { StepUpService } from './step-up.service';

/** Where the guard explains a step-up that came back short. */
export const STEP_UP_NEEDED_PATH = '/step-up-needed';

/**
 * `OktaAuthGuard` extended with what it can't do alone, for routes declared with the post's
 * `data: { okta: { acrValues, maxAge } }`. `OktaAuthGuard` compares the ID token's `acr` with
 * `acrValues` as one exact string and ignores `maxAge`; this guard judges `acr` on the ladder (a `phr`
 * sign-in opens a `2fa` route) and `auth_time` against `maxAge`. Signing in a visitor who isn't is
 * left to `OktaAuthGuard`. Falling short starts one step-up; when that step-up returns and the token
 * still falls short, the visitor lands on an explanation instead of another redirect.
 */
export const stepUpGuard: CanActivateFn = async (route, state) => {
  const oktaAuth = inject(OKTA_AUTH);
  const oktaAuthGuard = inject(OktaAuthGuard);
  const router = inject(Router);
  const store = inject(StepUpStore);
  const stepUp = inject(StepUpService);
  const now = inject(CLOCK).now();
  const returnUrl = safeReturnPath(state.url, inject(DOCUMENT).location.origin);
  const requirement = routeRequirement(route.data);

  // A route trip that has come back for this page is consumed here, whatever the verdict: the next
  // navigation is a new request from the visitor and may step up again.
  const returned = store.takeRouteReturn(returnUrl, now);
  const claims = await currentIdTokenClaims(oktaAuth);
  const access = decideRouteAccess(claims, requirement, returned !== null, Math.floor(now / 1000));
  switch (access.kind) {
    case 'allow':
      return true;
    case 'sign-in':
      return oktaAuthGuard.canActivate(route, state);
    case 'stop':
      if (returned !== null) {
        store.stopRoute(returned);
      }
      return new RedirectCommand(router.parseUrl(STEP_UP_NEEDED_PATH), { replaceUrl: true });
    case 'step-up':
      return (await stepUp.stepUpForRoute(returnUrl, access.requirement))
        ? false
        : new RedirectCommand(router.parseUrl(SIGN_IN_UNAVAILABLE_PATH));
  }
};

/**
 * Reads a route's requirement from the post's route data, `data: { okta: { acrValues, maxAge } }`.
 * `acrValues` may also be a space-separated list or an array (any of them, most preferred first);
 * `maxAge` is in seconds. A route without `okta` data asks only for a sign-in.
 *
 * @throws TypeError for a declaration that can't be enforced (a misconfigured route is a programming
 *   error, not something to wave through).
 */
export function routeRequirement(data: Data | undefined): StepUpRequirement {
  const okta: unknown = data?.['okta'];
  if (okta === undefined) {
    return {};
  }
  if (typeof okta !== 'object' || okta === null) {
    throw new TypeError('Route data "okta" must be an object such as { acrValues, maxAge }');
  }
  const { acrValues, maxAge } = okta as Record<string, unknown>;
  if (acrValues !== undefined && !isStringOrStrings(acrValues)) {
    throw new TypeError('Route data "okta.acrValues" must be a string or an array of strings');
  }
  if (maxAge !== undefined && !(typeof maxAge === 'number' && Number.isSafeInteger(maxAge) && maxAge >= 0)) {
    throw new TypeError('Route data "okta.maxAge" must be a whole number of seconds, zero or more');
  }
  return {
    ...(acrValues === undefined ? {} : { acrValues: parseAcrValues(acrValues) }),
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}

function isStringOrStrings(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}
