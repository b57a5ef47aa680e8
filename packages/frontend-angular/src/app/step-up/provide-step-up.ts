import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

import { STEP_UP_STORAGE, StepUpStore } from './step-up.store';
import { StepUpService } from './step-up.service';

/**
 * The step-up feature: the trip's store (sessionStorage, so the trip survives the redirect and stays
 * with the tab) and the service pages send their API calls through. `stepupInterceptor` reads the
 * challenges; `stepUpGuard` and the auth config (`auth/okta-config.ts`) use the same store and service.
 */
export function provideStepUp(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: STEP_UP_STORAGE, useFactory: () => sessionStorage },
    StepUpStore,
    StepUpService,
  ]);
}
