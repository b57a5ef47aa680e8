import { InjectionToken } from '@angular/core';
import { OktaAuth } from '@okta/okta-auth-js';
import type { Clock } from 'step-up';

import { callbackFailureCode } from '../auth/callback/callback-failure';
import { StepUpMode } from '../config/runtime-config';
import { STEP_UP_TRIP_TTL_MS, StepUpRedirect } from './step-up-decisions';

/**
 * How an API-triggered step-up reaches the provider: `redirect` (the post's way: the page leaves and
 * comes back) or `popup` (a sign-in window over the page, which stays as it is). Guarded routes
 * always redirect: the page they protect isn't open yet.
 */
export const STEP_UP_MODE = new InjectionToken<StepUpMode>('STEP_UP_MODE', {
  factory: () => 'redirect',
});

/** The window's name: okta-auth-js opens its popup under this name, so it takes over the one opened here. */
const WINDOW_NAME = 'step-up-sign-in';
const WINDOW_FEATURES = 'popup,width=520,height=720';

/**
 * Opens the empty sign-in window, now, while the visitor's click still counts as the reason for it.
 * `null` when the browser blocked it: okta-auth-js can't tell a blocked window from one the visitor
 * closed, so the app asks first and redirects instead.
 */
export function openSignInWindow(view: Window | null): Window | null {
  return view?.open('about:blank', WINDOW_NAME, WINDOW_FEATURES) ?? null;
}

/** How a sign-in in the window ended. */
export type WindowSignIn =
  | { readonly kind: 'signed-in' }
  /**
   * The provider answered with an error (`access_denied`, `unmet_authentication_requirements`, …), or
   * the tokens did not match the request (`acr_not_reached`), named as after a redirect's callback.
   */
  | { readonly kind: 'failed'; readonly error: string }
  /** The window closed (or the flow broke) before tokens arrived. */
  | { readonly kind: 'closed' }
  /** Nobody finished the sign-in within a trip's lifetime. */
  | { readonly kind: 'timed-out' };

/**
 * The sign-in in `signInWindow`, with okta-auth-js's `token.getWithPopup`: the provider's page posts
 * the code to this page (`response_mode=okta_post_message`), okta-auth-js checks its origin and
 * `state`, exchanges the code (PKCE) and closes the window; the new tokens are then stored, as the
 * callback stores them after a redirect.
 */
export async function signInInWindow(
  oktaAuth: OktaAuth,
  signInWindow: Window,
  ask: StepUpRedirect,
  clock: Clock,
): Promise<WindowSignIn> {
  const startedAt = clock.now();
  // `initialPath` is read by getWithPopup but missing from its parameter type.
  const params = {
    ...ask,
    popupTitle: WINDOW_NAME,
    initialPath: 'about:blank',
    timeout: STEP_UP_TRIP_TTL_MS,
  };
  try {
    const { tokens } = await oktaAuth.token.getWithPopup(params);
    oktaAuth.tokenManager.setTokens(tokens);
    return { kind: 'signed-in' };
  } catch (error) {
    if (!signInWindow.closed) {
      signInWindow.close();
    }
    if (clock.now() - startedAt >= STEP_UP_TRIP_TTL_MS) {
      return { kind: 'timed-out' };
    }
    const code = callbackFailureCode(null, error);
    return code === 'unknown' ? { kind: 'closed' } : { kind: 'failed', error: code };
  }
}
