import { DOCUMENT, inject } from '@angular/core';
import { Router } from '@angular/router';
import { OktaConfig } from '@okta/okta-angular';
import { OktaAuth } from '@okta/okta-auth-js';

import { RuntimeConfig } from '../config/runtime-config';
import { appPath } from './app-path';
import { oktaAuthOptions } from './okta-auth-options';
import { SessionService } from './session.service';

/**
 * Builds the `OKTA_CONFIG` value from the runtime configuration (runs in an injection context).
 * After a successful sign-in the router, not a page reload, takes the visitor back to where they
 * started, replacing the callback entry so the Back button does not land on a spent callback URL.
 * When `OktaAuthGuard` needs a sign-in, it goes through {@link SessionService} so that an
 * unreachable provider is reported on a page rather than as an unhandled rejection.
 */
export function oktaConfig(runtimeConfig: RuntimeConfig): OktaConfig {
  const router = inject(Router);
  const origin = inject(DOCUMENT).location.origin;
  const oktaAuth = new OktaAuth({
    ...oktaAuthOptions(runtimeConfig, origin),
    restoreOriginalUri: async (_oktaAuth, originalUri) => {
      await router.navigateByUrl(appPath(originalUri, origin), { replaceUrl: true });
    },
  });
  return {
    oktaAuth,
    onAuthRequired: (_oktaAuth, injector, options) =>
      void injector.get(SessionService).redirectToSignIn(options ?? {}),
  };
}
