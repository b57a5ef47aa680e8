import { EnvironmentProviders, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';

import { StepUpMode } from '../config/runtime-config';
import { STEP_UP_MODE } from './step-up-popup';
import { markStepUpSettled } from './step-up-settled';
import { STEP_UP_STORAGE, StepUpStore } from './step-up.store';
import { StepUpService } from './step-up.service';

/**
 * The step-up feature: the trip's store (sessionStorage, so the trip survives the redirect and stays
 * with the tab) and the service pages send their API calls through. `stepupInterceptor` reads the
 * challenges; `stepUpGuard` and the auth config (`auth/okta-config.ts`) use the same store and service.
 * `mode` (from `/config.json`'s `stepUpMode`) says whether API-triggered step-ups redirect, as in the
 * post, or open a sign-in window over the page (`step-up-popup.ts`). The document's
 * `data-step-up` attribute says whether a step-up is in flight (`step-up-settled.ts`).
 */
export function provideStepUp({ mode = 'redirect' }: { mode?: StepUpMode } = {}): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: STEP_UP_MODE, useValue: mode },
    { provide: STEP_UP_STORAGE, useFactory: () => sessionStorage },
    StepUpStore,
    StepUpService,
    provideEnvironmentInitializer(markStepUpSettled),
  ]);
}
