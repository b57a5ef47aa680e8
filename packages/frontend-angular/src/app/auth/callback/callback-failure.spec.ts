import { OAuthError, AuthSdkError } from '@okta/okta-auth-js';

import { callbackFailure, callbackFailureCode } from './callback-failure';

describe('callbackFailure', () => {
  it.each([
    {
      code: 'unmet_authentication_requirements',
      title: 'A passkey is needed',
      message:
        'This page needs a phishing-resistant sign-in, such as a passkey, and the sign-in finished without one. Open the page again and set up a passkey when the identity provider offers it.',
      canRetry: false,
    },
    {
      code: 'access_denied',
      title: 'Sign-in was cancelled',
      message: "Nothing has changed. You can try again whenever you're ready.",
      canRetry: true,
    },
    {
      code: 'login_required',
      title: 'Please sign in',
      message: 'The identity provider needs you to sign in before it can continue.',
      canRetry: true,
    },
    {
      code: 'temporarily_unavailable',
      title: 'Sign-in is unavailable',
      message: "The identity provider couldn't finish the sign-in just now. Please try again in a moment.",
      canRetry: true,
    },
    { code: 'invalid_scope', title: "This app's sign-in is misconfigured", canRetry: false },
    { code: 'unauthorized_client', title: "This app's sign-in is misconfigured", canRetry: false },
    { code: 'acr_not_reached', title: "Sign-in didn't reach the required level", canRetry: false },
    { code: 'stale_callback', title: 'This sign-in has expired', canRetry: true },
    { code: 'something_new', title: "Sign-in didn't complete", canRetry: true },
  ])('explains $code as "$title"', ({ code, title, message, canRetry }) => {
    const failure = callbackFailure(code);

    expect(failure).toEqual(expect.objectContaining({ code, title, canRetry }));
    if (message !== undefined) {
      expect(failure.message).toBe(message);
    }
  });

  it('leaves the requirement to the step-up explanation when the sign-in was a step-up', () => {
    expect(callbackFailure('unmet_authentication_requirements', true)).toEqual({
      code: 'unmet_authentication_requirements',
      title: 'A passkey is needed',
      message:
        'The sign-in finished without that level: no passkey was set up or used. Start again from the page and set up a passkey when the identity provider offers it.',
      canRetry: false,
    });
    expect(callbackFailure('access_denied', true).message).toBe(callbackFailure('access_denied').message);
  });

  it('does not echo a code outside the RFC 6749 character set', () => {
    expect(callbackFailure('<b>"bold"</b>\n')).toEqual(
      expect.objectContaining({ code: 'unknown', title: "Sign-in didn't complete" }),
    );
  });

  it('does not treat inherited object keys as known codes', () => {
    expect(callbackFailure('constructor').title).toBe("Sign-in didn't complete");
  });
});

describe('callbackFailureCode', () => {
  it.each([
    {
      description: "prefers the provider's error parameter over whatever the SDK threw",
      providerError: 'unmet_authentication_requirements',
      thrown: new AuthSdkError('Could not load PKCE codeVerifier from storage.'),
      expected: 'unmet_authentication_requirements',
    },
    {
      description: 'uses the code of an OAuth error',
      providerError: undefined,
      thrown: new OAuthError('access_denied', 'User cancelled'),
      expected: 'access_denied',
    },
    {
      description: 'recognises an ID token whose acr differs from the one requested',
      providerError: null,
      thrown: new AuthSdkError(
        'The acr [urn:okta:loa:1fa:pwd] does not match acr_values [urn:okta:loa:2fa:any]',
      ),
      expected: 'acr_not_reached',
    },
    {
      description: 'recognises a callback whose PKCE transaction is gone',
      providerError: '',
      thrown: new AuthSdkError(
        'Could not load PKCE codeVerifier from storage. This may indicate the auth flow has already completed.',
      ),
      expected: 'stale_callback',
    },
    {
      description: 'recognises a state mismatch',
      providerError: undefined,
      thrown: new AuthSdkError("OAuth flow response state doesn't match request state"),
      expected: 'stale_callback',
    },
    {
      description: 'falls back to unknown',
      providerError: undefined,
      thrown: new Error('boom'),
      expected: 'unknown',
    },
    {
      description: 'copes with a thrown non-error',
      providerError: undefined,
      thrown: undefined,
      expected: 'unknown',
    },
  ])('$description', ({ providerError, thrown, expected }) => {
    expect(callbackFailureCode(providerError, thrown)).toBe(expected);
  });
});
