import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, EnvironmentInjector, Injector, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthState } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';
import type { Clock } from 'step-up';

import { CLOCK } from '../app/clock';
import { provideStepUp } from '../app/step-up/provide-step-up';
import { STEP_UP_STORAGE } from '../app/step-up/step-up.store';
import { StepUpService } from '../app/step-up/step-up.service';
import { stepupInterceptor } from '../app/stepup.interceptor';
import { FakeOktaAuth, fakeOktaAuth, memoryStorage, provideFakeOkta, SIGNED_OUT } from './fake-okta';

@Component({ template: '' })
class PageStubComponent {}

export interface StepUpTestBedOptions {
  /** The page the router is on when the test starts; without it, the router has not navigated. */
  readonly url?: string;
  /** What `CLOCK` reads; the system clock when left out. */
  readonly clock?: Clock;
  /** What okta-angular reports as the auth state; signed out when left out. */
  readonly authState?: BehaviorSubject<AuthState>;
  /** Further providers, which win over the ones above (`STEP_UP_MODE`, `OktaAuthGuard`, …). */
  readonly providers?: Provider[];
}

export interface StepUpTestBed {
  /** The OktaAuth the app sees (`fake-okta.ts`). */
  readonly oktaAuth: FakeOktaAuth;
  /** The step-up store's sessionStorage, in memory and new for each test. */
  readonly storage: Storage;
  /** The API: calls go through HttpClient and `stepupInterceptor` to this testing backend. */
  readonly backend: HttpTestingController;
}

/**
 * Configures TestBed as the app runs the step-up feature: `provideStepUp()` with its trip in a fresh
 * in-memory storage, a fake OktaAuth, one empty page for every route, and the API answered by
 * `HttpTestingController` through the app's `stepupInterceptor`. Navigates to `url` when given.
 */
export async function configureStepUpTestBed(options: StepUpTestBedOptions = {}): Promise<StepUpTestBed> {
  const oktaAuth = fakeOktaAuth();
  const storage = memoryStorage();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '**', component: PageStubComponent }]),
      provideHttpClient(withInterceptors([stepupInterceptor])),
      provideHttpClientTesting(),
      provideFakeOkta(oktaAuth, options.authState ?? new BehaviorSubject<AuthState>(SIGNED_OUT)),
      provideStepUp(),
      { provide: STEP_UP_STORAGE, useValue: storage },
      ...(options.clock === undefined ? [] : [{ provide: CLOCK, useValue: options.clock }]),
      ...(options.providers ?? []),
    ],
  });
  if (options.url !== undefined) {
    await TestBed.inject(Router).navigateByUrl(options.url);
  }
  return { oktaAuth, storage, backend: TestBed.inject(HttpTestingController) };
}

/**
 * `service` as the app makes it afresh after the redirect back from the provider: a new instance,
 * with a new `StepUpService`, over the same storage and tokens.
 */
export function afterRedirect<T>(service: Type<T>): T {
  return Injector.create({
    providers: [StepUpService, service],
    parent: TestBed.inject(EnvironmentInjector),
  }).get(service);
}
