import {
  ApplicationConfig,
  importProvidersFrom,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { OKTA_CONFIG, OktaAuthModule } from '@okta/okta-angular';

import { routes } from './app.routes';
import { authInterceptor } from './auth.interceptor';
import { oktaConfig } from './auth/okta-config';
import { RuntimeConfig } from './config/runtime-config';
import { stepupInterceptor } from './stepup.interceptor';

/** The application's providers, built from the configuration loaded at start-up (see main.ts). */
export function appConfig(runtimeConfig: RuntimeConfig): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideRouter(routes, withComponentInputBinding()),
      provideHttpClient(withFetch(), withInterceptors([authInterceptor, stepupInterceptor])),
      importProvidersFrom(OktaAuthModule),
      { provide: OKTA_CONFIG, useFactory: () => oktaConfig(runtimeConfig) },
    ],
  };
}
