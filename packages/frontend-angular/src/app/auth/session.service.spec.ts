import { ErrorHandler } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthState } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

import { FakeOktaAuth, signedInState, SIGNED_OUT } from '../../testing/fake-okta';
import { configureStepUpTestBed } from '../../testing/step-up-test-bed';
import { SessionService } from './session.service';

describe('SessionService', () => {
  let oktaAuth: FakeOktaAuth;
  let authState: BehaviorSubject<AuthState>;
  let storage: Storage;
  let errorHandler: { handleError: jest.Mock };
  let session: SessionService;

  beforeEach(async () => {
    authState = new BehaviorSubject<AuthState>(SIGNED_OUT);
    errorHandler = { handleError: jest.fn() };
    ({ oktaAuth, storage } = await configureStepUpTestBed({
      url: '/messages?tab=new',
      authState,
      providers: [{ provide: ErrorHandler, useValue: errorHandler }],
    }));
    session = TestBed.inject(SessionService);
  });

  it('follows the auth state: name and claims while signed in, null while signed out', () => {
    expect(session.isSignedIn()).toBe(false);
    expect(session.userName()).toBeNull();

    authState.next(signedInState({ name: 'Bob Builder' }));

    expect(session.isSignedIn()).toBe(true);
    expect(session.userName()).toBe('Bob Builder');
  });

  it('signs in returning to the current page and abandons any unfinished step-up', async () => {
    storage.setItem('step-up.trip', JSON.stringify({ returnUrl: '/messages', status: 'outbound' }));

    await session.signIn();

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ originalUri: '/messages?tab=new' });
    expect(storage.getItem('step-up.trip')).toBeNull();
  });

  it('abandons an unfinished step-up when a guard asks for a plain sign-in', async () => {
    storage.setItem('step-up.trip', JSON.stringify({ returnUrl: '/transactions', status: 'outbound' }));

    await session.redirectToSignIn({ originalUri: '/messages' });

    expect(storage.getItem('step-up.trip')).toBeNull();
  });

  it.each(['https://evil.example/', '//evil.example', '/%2F%2Fevil.example'])(
    'never returns to another origin after sign-in (%s)',
    async (returnUrl) => {
      await session.signIn(returnUrl);

      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ originalUri: '/' });
    },
  );

  it('shows the sign-in-unavailable page when the redirect cannot start', async () => {
    const failure = new Error('Failed to fetch');
    oktaAuth.signInWithRedirect.mockRejectedValue(failure);

    await session.redirectToSignIn({ acrValues: 'urn:okta:loa:2fa:any' });

    expect(errorHandler.handleError).toHaveBeenCalledWith(failure);
    expect(TestBed.inject(Router).url).toBe('/sign-in-unavailable');
  });

  it("treats OktaAuthGuard's redirect for a route with acrValues as that page's step-up", async () => {
    oktaAuth.getOriginalUri.mockReturnValue('/profile');

    await session.signInForGuard({ acrValues: 'urn:okta:loa:2fa:any' });

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
      acrValues: 'urn:okta:loa:2fa:any',
      originalUri: '/profile',
    });
    expect(JSON.parse(storage.getItem('step-up.trip') ?? 'null')).toEqual(
      expect.objectContaining({
        returnUrl: '/profile',
        requirement: { acrValues: ['urn:okta:loa:2fa:any'] },
        status: 'outbound',
      }),
    );
  });

  it("treats OktaAuthGuard's redirect for a route without acrValues as a plain sign-in", async () => {
    storage.setItem('step-up.trip', JSON.stringify({ returnUrl: '/transactions', status: 'outbound' }));

    await session.signInForGuard({});

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({});
    expect(storage.getItem('step-up.trip')).toBeNull();
  });

  it("shows the sign-in-unavailable page when OktaAuthGuard's step-up cannot start", async () => {
    oktaAuth.getOriginalUri.mockReturnValue('/profile');
    oktaAuth.signInWithRedirect.mockRejectedValue(new Error('Failed to fetch'));

    await session.signInForGuard({ acrValues: 'urn:okta:loa:2fa:any' });

    expect(TestBed.inject(Router).url).toBe('/sign-in-unavailable');
    expect(storage.getItem('step-up.trip')).toBeNull();
  });

  it('signs out through okta-auth-js, which revokes the tokens and ends the provider session', async () => {
    await session.signOut();

    expect(oktaAuth.signOut).toHaveBeenCalled();
  });
});
