import { DOCUMENT, inject } from '@angular/core';
import { Router } from '@angular/router';
import { OktaConfig } from '@okta/okta-angular';
import { OktaAuth } from '@okta/okta-auth-js';

import { RuntimeConfig } from '../config/runtime-config';
import { StepUpStore } from '../step-up/step-up.store';
import { safeReturnPath } from './safe-return-path';
import { oktaAuthOptions } from './okta-auth-options';
import { SessionService } from './session.service';

/**
 * Builds the `OKTA_CONFIG` value from the runtime configuration (runs in an injection context).
 * After a successful sign-in the router, not a page reload, takes the visitor back to where they
 * started (a same-origin path, checked by `safeReturnPath`), replacing the callback entry so the Back
 * button does not land on a spent callback URL; a step-up trip on its way out arrives, so the page can
 * replay its action.
 * When `OktaAuthGuard` needs a sign-in (or, for a route with `acrValues`, a step-up), it goes through
 * {@link SessionService}, so that an unreachable provider is reported on a page rather than as an
 * unhandled rejection.
 */
export function oktaConfig(runtimeConfig: RuntimeConfig): OktaConfig {
  const router = inject(Router);
  const origin = inject(DOCUMENT).location.origin;
  const store = inject(StepUpStore);
  const oktaAuth = new OktaAuth({
    ...oktaAuthOptions(runtimeConfig, origin),
    restoreOriginalUri: async (_oktaAuth, originalUri) => {
      // Called only once new tokens are stored: a step-up on its way out has now come back.
      const returnUrl = safeReturnPath(originalUri, origin);
      store.arrive(returnUrl);
      await router.navigateByUrl(returnUrl, { replaceUrl: true });
    },
  });
  return {
    oktaAuth,
    onAuthRequired: (_oktaAuth, injector, options) =>
      void injector.get(SessionService).signInForGuard(options ?? {}),
  };
}
