import { InjectionToken } from '@angular/core';
import { OktaAuth } from '@okta/okta-auth-js';
import type { Clock } from 'step-up';

import { callbackFailureCode } from '../auth/callback/callback-failure';
import { StepUpMode } from '../config/runtime-config';
import { decideResume, SignInClaims, STEP_UP_TRIP_TTL_MS, StepUpRedirect } from './step-up-decisions';
import { OutboundTrip, StepUpStop, stepUpStop, StepUpTrip, withoutDraft } from './step-up-trip';

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

/**
 * This tab's sign-in window. At most one is open: a second challenge while it is open waits for the
 * same sign-in instead of opening another window.
 */
export class StepUpWindow {
  private signingIn: Promise<WindowSignIn> | null = null;

  constructor(
    private readonly oktaAuth: OktaAuth,
    private readonly view: Window | null,
    private readonly clock: Clock,
  ) {}

  /**
   * The sign-in asking for `ask`: the open window's, or one in a window opened now (while the
   * visitor's click still counts as the reason for it). `null` when the browser blocked the window.
   */
  signIn(ask: StepUpRedirect): Promise<WindowSignIn> | null {
    if (this.signingIn !== null) {
      return this.signingIn;
    }
    const signInWindow = openSignInWindow(this.view);
    if (signInWindow === null) {
      return null;
    }
    this.signingIn = signInInWindow(this.oktaAuth, signInWindow, ask, this.clock).finally(() => {
      this.signingIn = null;
    });
    return this.signingIn;
  }
}

/** After the window: the trip came back with tokens good enough to send the action again. */
export interface WindowReplay {
  readonly kind: 'replay';
  readonly trip: StepUpTrip;
}

/**
 * What follows a sign-in in the window, judged as after a redirect's callback (`decideResume`, with
 * `claims` from the tokens now stored) but without a trip in storage: the page never left.
 */
export function afterWindowSignIn(
  outbound: OutboundTrip,
  result: WindowSignIn,
  claims: SignInClaims | null,
  nowMs: number,
): WindowReplay | StepUpStop {
  switch (result.kind) {
    case 'failed':
      return stepUpStop('sign-in-failed', { ...outbound, status: 'failed', failure: result.error });
    case 'closed':
      return stepUpStop('window-closed', { ...outbound, status: 'outbound' });
    case 'timed-out':
      return stepUpStop('expired', { ...outbound, status: 'outbound' });
    case 'signed-in': {
      const returned: StepUpTrip = { ...outbound, status: 'returned' };
      const decision = decideResume(returned, claims, nowMs);
      if (decision.kind === 'replay') {
        return { kind: 'replay', trip: returned };
      }
      return stepUpStop(decision.reason, decision.discardDraft ? withoutDraft(returned) : returned);
    }
  }
}
