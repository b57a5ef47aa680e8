import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { provideStepUp } from '../step-up/provide-step-up';
import { STEP_UP_STORAGE, StepUpStore } from '../step-up/step-up.store';
import { memoryStorage } from '../../testing/fake-okta';
import { oktaConfig } from './okta-config';
import { SessionService } from './session.service';

@Component({ template: '' })
class PageStubComponent {}

describe('oktaConfig', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: PageStubComponent }]),
        provideStepUp(),
        { provide: STEP_UP_STORAGE, useValue: memoryStorage() },
      ],
    });
  });

  const config = () =>
    TestBed.runInInjectionContext(() =>
      oktaConfig({
        issuer: 'http://localhost:3001/oauth2/default',
        clientId: 'stepup-spa',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      }),
    );
  const create = () => config().oktaAuth;

  it('builds OktaAuth from the runtime configuration and the page origin', () => {
    const { options } = create();

    expect(options.issuer).toBe('http://localhost:3001/oauth2/default');
    expect(options.clientId).toBe('stepup-spa');
    expect(options.redirectUri).toBe('http://localhost/login/callback');
  });

  it.each([
    {
      description: 'the page that started the sign-in',
      originalUri: '/messages?tab=new',
      expected: '/messages?tab=new',
    },
    { description: 'home for another origin', originalUri: 'https://evil.example/phish', expected: '/' },
    { description: 'home for a protocol-relative URL', originalUri: '//evil.example', expected: '/' },
    { description: 'home for a backslash path', originalUri: '/\\evil.example', expected: '/' },
    {
      description: 'home for an encoded protocol-relative URL',
      originalUri: '/%2F%2Fevil.example',
      expected: '/',
    },
    { description: 'home for a javascript: URL', originalUri: 'javascript:alert(1)', expected: '/' },
    { description: 'home when nothing was saved', originalUri: undefined, expected: '/' },
  ])('returns after sign-in to $description', async ({ originalUri, expected }) => {
    const oktaAuth = create();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl');

    await oktaAuth.options.restoreOriginalUri?.(oktaAuth, originalUri);

    expect(navigate).toHaveBeenCalledWith(expected, { replaceUrl: true });
    expect(router.url).toBe(expected);
  });

  it('marks the step-up for the page it returns to as returned, so the page can replay its action', async () => {
    const trips = TestBed.inject(StepUpStore);
    const trip = {
      returnUrl: '/transactions',
      requirement: { acrValues: ['urn:okta:loa:2fa:any'] },
      startedAt: Date.now(),
      status: 'outbound' as const,
    };
    trips.depart(trip);
    const oktaAuth = create();

    await oktaAuth.options.restoreOriginalUri?.(oktaAuth, '/transactions');

    expect(trips.current()).toEqual({ ...trip, status: 'returned' });
  });

  it('leaves a step-up for another page alone: that sign-in did not answer it', async () => {
    const trips = TestBed.inject(StepUpStore);
    trips.depart({
      returnUrl: '/transactions',
      requirement: {},
      startedAt: Date.now(),
    });
    const oktaAuth = create();

    await oktaAuth.options.restoreOriginalUri?.(oktaAuth, '/profile');

    expect(trips.current()?.status).toBe('outbound');
  });

  it('starts the sign-in (or step-up) OktaAuthGuard asks for through the session service', () => {
    const signInForGuard = jest.fn().mockResolvedValue(undefined);
    const injector = { get: jest.fn().mockReturnValue({ signInForGuard }) };
    const { oktaAuth, onAuthRequired } = config();

    onAuthRequired?.(oktaAuth, injector as never, { acrValues: 'phr' });

    expect(injector.get).toHaveBeenCalledWith(SessionService);
    expect(signInForGuard).toHaveBeenCalledWith({ acrValues: 'phr' });
  });
});
