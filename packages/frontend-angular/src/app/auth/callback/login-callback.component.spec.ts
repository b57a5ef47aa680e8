import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthSdkError, OAuthError } from '@okta/okta-auth-js';

import { STEP_UP_STORAGE } from '../../step-up/step-up-attempt.store';
import { FakeOktaAuth, fakeOktaAuth, memoryStorage, provideFakeOkta } from '../../../testing/fake-okta';
import { LoginCallbackComponent } from './login-callback.component';

@Component({ template: '' })
class PageStubComponent {}

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
        provideRouter([{ path: '**', component: PageStubComponent }]),
        provideFakeOkta(oktaAuth),
        { provide: STEP_UP_STORAGE, useValue: storage },
      ],
    });
  });

  async function render(error?: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(LoginCallbackComponent);
    if (error !== undefined) {
      fixture.componentRef.setInput('error', error);
    }
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('finishes the sign-in and shows progress meanwhile', async () => {
    oktaAuth.handleLoginRedirect.mockReturnValue(new Promise(() => undefined));

    const page = await render();

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
      "This page needs a phishing-resistant sign-in, such as a passkey. Your account doesn't have one yet.",
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

  it('forgets the page that started the failed sign-in but offers to retry there', async () => {
    oktaAuth.getOriginalUri.mockReturnValue('/messages');
    oktaAuth.handleLoginRedirect.mockRejectedValue(new OAuthError('access_denied', 'User cancelled'));
    storage.setItem('step-up.attempt', JSON.stringify({ url: '/messages', startedAt: Date.now() }));

    const page = await render('access_denied');
    expect(oktaAuth.removeOriginalUri).toHaveBeenCalled();

    const retry = [...page.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Try again',
    );
    retry?.click();
    await Promise.resolve();

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ originalUri: '/messages' });
    expect(storage.getItem('step-up.attempt')).toBeNull();
  });

  it('goes home when the page is opened without a sign-in response', async () => {
    oktaAuth.isLoginRedirect.mockReturnValue(false);

    await render();

    expect(oktaAuth.handleLoginRedirect).not.toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
