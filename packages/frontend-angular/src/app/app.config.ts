// The post's app.config.ts: OktaAuthModule ("Set up the Identity Provider") and both interceptors ("Use an Angular interceptor").
// The post's {yourOktaDomain}/{yourClientId} come from /config.json (auth/okta-config.ts); step-up is step-up/provide-step-up.ts.
import {
  ApplicationConfig,
  importProvidersFrom,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideRouter } from '@angular/router';
import { OKTA_CONFIG, OktaAuthModule } from '@okta/okta-angular';

import { ACCOUNT_MAX_AGE } from './account/recent-sign-in';
import { routes } from './app.routes';
import { authInterceptor } from './auth.interceptor';
import { oktaConfig } from './auth/okta-config';
import { RuntimeConfig } from './config/runtime-config';
import { provideStepUp } from './step-up/provide-step-up';
import { stepupInterceptor } from './stepup.interceptor';

/** The application's providers, built from the configuration loaded at start-up (see main.ts). */
export function appConfig(runtimeConfig: RuntimeConfig): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideRouter(routes(runtimeConfig)),
      { provide: ACCOUNT_MAX_AGE, useValue: runtimeConfig.accountMaxAge },
      importProvidersFrom(OktaAuthModule),
      { provide: OKTA_CONFIG, useFactory: () => oktaConfig(runtimeConfig) },
      provideHttpClient(withInterceptors([authInterceptor, stepupInterceptor])),
      provideStepUp({ mode: runtimeConfig.stepUpMode }),
    ],
  };
}
