import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthSdkError, OAuthError } from '@okta/okta-auth-js';

import { CLOCK } from '../../clock';
import { StepUpTrip } from '../../step-up/step-up-trip';
import { provideStepUp } from '../../step-up/provide-step-up';
import { STEP_UP_STORAGE, StepUpStore } from '../../step-up/step-up.store';
import { FakeOktaAuth, fakeOktaAuth, memoryStorage, provideFakeOkta } from '../../../testing/fake-okta';
import { LoginCallbackComponent } from './login-callback.component';

@Component({ template: '' })
class PageStubComponent {}

const NOW_MS = 1_764_410_400_000;
const KEY = '7f1c9a2e-5b7d-4c1e-9f0a-2d3b4c5d6e7f';
const TRANSACTION_TRIP: StepUpTrip = {
  returnUrl: '/transactions',
  requirement: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
  startedAt: NOW_MS - 60_000,
  status: 'outbound',
  action: {
    name: 'create-transaction',
    purpose: 'create this transaction',
    request: { method: 'POST', url: '/api/transactions', body: { amount: '1500.00' }, idempotencyKey: KEY },
    formState: { draft: { amount: '1500.00' } },
  },
};

describe('LoginCallbackComponent', () => {
  let oktaAuth: FakeOktaAuth;
  let storage: Storage;

  beforeEach(() => {
    oktaAuth = fakeOktaAuth();
    oktaAuth.isLoginRedirect.mockReturnValue(true);
    storage = memoryStorage();
    TestBed.configureTestingModule({
      imports: [LoginCallbackComponent],
      providers: [
        provideRouter([
          { path: 'login/callback', component: LoginCallbackComponent },
          { path: '**', component: PageStubComponent },
        ]),
        provideFakeOkta(oktaAuth),
        provideStepUp(),
        { provide: STEP_UP_STORAGE, useValue: storage },
        { provide: CLOCK, useValue: { now: () => NOW_MS } },
      ],
    });
  });

  /** The callback as the provider's redirect reaches it, through the router, with its `error` parameter if any. */
  async function render(error?: string): Promise<HTMLElement> {
    const harness = await RouterTestingHarness.create();
    const query = error === undefined ? '' : `&error=${encodeURIComponent(error)}`;
    await harness.navigateByUrl(`/login/callback?state=s${query}`);
    await harness.fixture.whenStable();
    return harness.routeNativeElement ?? (harness.fixture.nativeElement as HTMLElement);
  }

  it('finishes the sign-in and shows progress meanwhile, the app not stable until it ends', async () => {
    oktaAuth.handleLoginRedirect.mockReturnValue(new Promise(() => undefined));

    const fixture = TestBed.createComponent(LoginCallbackComponent);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    const page = fixture.nativeElement as HTMLElement;

    expect(fixture.isStable()).toBe(false);
    expect(oktaAuth.handleLoginRedirect).toHaveBeenCalled();
    expect(page.querySelector('h1')?.textContent).toBe('Signing you in…');
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });

  it('explains that a passkey is needed when the provider cannot meet the requirement', async () => {
    oktaAuth.handleLoginRedirect.mockRejectedValue(
      new OAuthError('unmet_authentication_requirements', 'The requested acr cannot be met'),
    );

    const page = await render('unmet_authentication_requirements');

    expect(page.querySelector('h1')?.textContent).toBe('A passkey is needed');
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'This page needs a phishing-resistant sign-in, such as a passkey, and the sign-in finished without one. Open the page again and set up a passkey when the identity provider offers it.',
    );
    expect(page.querySelector('a[href="/"]')?.textContent).toBe('Back to home');
    expect(page.textContent).not.toContain('Try again');
  });

  it("uses the provider's error even when the SDK fails on a lost transaction", async () => {
    oktaAuth.handleLoginRedirect.mockRejectedValue(
      new AuthSdkError('Could not load PKCE codeVerifier from storage.'),
    );

    const page = await render('access_denied');

    expect(page.querySelector('h1')?.textContent).toBe('Sign-in was cancelled');
  });

  const button = (page: HTMLElement, name: string) =>
    [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);

  it('forgets the page that started a failed sign-in but offers to retry there', async () => {
    oktaAuth.getOriginalUri.mockReturnValue('/messages');
    oktaAuth.handleLoginRedirect.mockRejectedValue(new OAuthError('access_denied', 'User cancelled'));

    const page = await render('access_denied');
    expect(oktaAuth.removeOriginalUri).toHaveBeenCalled();
    button(page, 'Try again')?.click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ originalUri: '/messages' });
  });

  it('says what a cancelled step-up was needed for, and records the failure for the page', async () => {
    TestBed.inject(StepUpStore).depart(TRANSACTION_TRIP);
    oktaAuth.handleLoginRedirect.mockRejectedValue(new OAuthError('access_denied', 'User cancelled'));

    const page = await render('access_denied');

    expect(page.querySelector('h1')?.textContent).toBe('Sign-in was cancelled');
    expect(page.querySelector('[data-testid="step-up-needed"]')?.textContent).toBe(
      'To create this transaction, the app needs a two-factor sign-in, such as your password and an email code, within the last 5 minutes.',
    );
    expect(TestBed.inject(StepUpStore).current()).toEqual({
      ...TRANSACTION_TRIP,
      status: 'failed',
      failure: 'access_denied',
    });
  });

  it('tries the same step-up again, with the same action and key, when asked', async () => {
    TestBed.inject(StepUpStore).depart(TRANSACTION_TRIP);
    oktaAuth.handleLoginRedirect.mockRejectedValue(new OAuthError('access_denied', 'User cancelled'));

    const page = await render('access_denied');
    button(page, 'Try again')?.click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
      acrValues: 'urn:okta:loa:2fa:any',
      maxAge: 300,
      originalUri: '/transactions',
    });
    expect(TestBed.inject(StepUpStore).current()).toEqual(
      expect.objectContaining({ status: 'outbound', action: TRANSACTION_TRIP.action }),
    );
  });

  it('goes back to the form of the action, which the page shows again unsent', async () => {
    TestBed.inject(StepUpStore).depart(TRANSACTION_TRIP);
    oktaAuth.handleLoginRedirect.mockRejectedValue(
      new OAuthError('unmet_authentication_requirements', 'The requested acr cannot be met'),
    );

    const page = await render('unmet_authentication_requirements');
    expect(button(page, 'Try again')).toBeUndefined();
    button(page, 'Go back')?.click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(Router).url).toBe('/transactions');
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });

  it('offers the way home, not back, after a route asked for the step-up', async () => {
    TestBed.inject(StepUpStore).depart({ ...TRANSACTION_TRIP, returnUrl: '/security', action: undefined });
    oktaAuth.handleLoginRedirect.mockRejectedValue(new OAuthError('unmet_authentication_requirements', ''));

    const page = await render('unmet_authentication_requirements');

    expect(page.querySelector('a[href="/"]')?.textContent).toBe('Back to home');
    expect(button(page, 'Go back')).toBeUndefined();
  });

  it('leaves an old step-up alone: this sign-in was not its answer', async () => {
    const old = { ...TRANSACTION_TRIP, startedAt: NOW_MS - 11 * 60_000 };
    TestBed.inject(StepUpStore).depart(old);
    oktaAuth.handleLoginRedirect.mockRejectedValue(new OAuthError('access_denied', 'User cancelled'));

    const page = await render('access_denied');

    expect(page.querySelector('[data-testid="step-up-needed"]')).toBeNull();
    expect(TestBed.inject(StepUpStore).current()).toEqual(old);
  });

  it('goes home when the page is opened without a sign-in response', async () => {
    oktaAuth.isLoginRedirect.mockReturnValue(false);

    await render();

    expect(oktaAuth.handleLoginRedirect).not.toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
