import { DOCUMENT, inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';

import { currentIdTokenClaims } from '../auth/id-token-claims';
import { safeReturnPath } from '../auth/safe-return-path';
import { SIGN_IN_UNAVAILABLE_PATH } from '../auth/session.service';
import { CLOCK } from '../clock';
import { decideRouteAccess } from './route-access';
import { routeRequirement } from './route-requirement';
import { isTripCurrent } from './step-up-trip';
import { StepUpTripStore } from './step-up-trip.store';
import { StepUpService } from './step-up.service';

/** Where the guard explains a step-up that came back short. */
export const STEP_UP_NEEDED_PATH = '/step-up-needed';

/**
 * Guards a route declared with `data: { okta: { acrValues, maxAge } }`, judging the ID token's `acr`
 * on the ladder (a `phr` sign-in opens a `2fa` route) and its `auth_time` against `maxAge`. Falling
 * short starts one step-up; when that step-up returns and the token still falls short, the visitor
 * lands on an explanation instead of another redirect.
 */
export const stepUpGuard: CanActivateFn = async (route, state) => {
  const oktaAuth = inject(OKTA_AUTH);
  const router = inject(Router);
  const trips = inject(StepUpTripStore);
  const stepUp = inject(StepUpService);
  const now = inject(CLOCK)();
  const returnUrl = safeReturnPath(state.url, inject(DOCUMENT).location.origin);
  const requirement = routeRequirement(route.data);

  // A route trip that has come back for this page is consumed here, whatever the verdict: the next
  // navigation is a new request from the visitor and may step up again.
  const trip = trips.read();
  const returned =
    trip !== null &&
    trip.action === undefined &&
    trip.status === 'returned' &&
    trip.returnUrl === returnUrl &&
    isTripCurrent(trip, now)
      ? trip
      : null;
  if (returned !== null) {
    trips.clear();
  }

  const claims = await currentIdTokenClaims(oktaAuth);
  const access = decideRouteAccess(claims, requirement, returned !== null, Math.floor(now / 1000));
  switch (access.kind) {
    case 'allow':
      return true;
    case 'stop':
      if (returned !== null) {
        trips.write({ ...returned, status: 'stopped' });
      }
      return new RedirectCommand(router.parseUrl(STEP_UP_NEEDED_PATH), { replaceUrl: true });
    case 'step-up':
      return (await stepUp.stepUpForRoute(returnUrl, access.demand))
        ? false
        : new RedirectCommand(router.parseUrl(SIGN_IN_UNAVAILABLE_PATH));
  }
};
