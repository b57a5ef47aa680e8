import { computed, DOCUMENT, ErrorHandler, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { OKTA_AUTH, OktaAuthStateService } from '@okta/okta-angular';
import { SigninWithRedirectOptions } from '@okta/okta-auth-js';

import { StepUpTripStore } from '../step-up/step-up-trip.store';
import { safeReturnPath } from './safe-return-path';
import { displayName, signedInClaims } from './user-claims';

/** Shown when the redirect to the provider cannot even start (for example, the provider is down). */
export const SIGN_IN_UNAVAILABLE_PATH = '/sign-in-unavailable';

/** The visitor's session as the views need it, and the actions on it: sign in, sign out. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly oktaAuth = inject(OKTA_AUTH);
  private readonly router = inject(Router);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly origin = inject(DOCUMENT).location.origin;
  private readonly stepUpTrips = inject(StepUpTripStore);
  private readonly authState = toSignal(inject(OktaAuthStateService).authState$, { initialValue: null });

  /** ID token claims while signed in, otherwise `null`. */
  readonly claims = computed(() => signedInClaims(this.authState()));
  readonly isSignedIn = computed(() => this.claims() !== null);
  readonly userName = computed(() => {
    const claims = this.claims();
    return claims ? displayName(claims) : null;
  });

  /** Redirects to the provider; afterwards the visitor comes back to `returnUrl` (default: the current page). */
  async signIn(returnUrl: string = this.router.url): Promise<void> {
    await this.redirectToSignIn({ originalUri: safeReturnPath(returnUrl, this.origin) });
  }

  /**
   * Starts the redirect to the provider (also used by `OktaAuthGuard` through `onAuthRequired`).
   * okta-auth-js first reads the provider's discovery document; when that fails the visitor sees a
   * page saying so, instead of a click that silently does nothing.
   */
  async redirectToSignIn(options: SigninWithRedirectOptions): Promise<void> {
    // A plain sign-in is not the answer to a step-up this tab may have left unfinished.
    this.stepUpTrips.clear();
    try {
      await this.oktaAuth.signInWithRedirect(options);
    } catch (error) {
      this.errorHandler.handleError(error);
      await this.router.navigateByUrl(SIGN_IN_UNAVAILABLE_PATH);
    }
  }

  /** Revokes the tokens, then ends the provider's session, which sends the browser back to the home page. */
  async signOut(): Promise<void> {
    this.stepUpTrips.clear();
    await this.oktaAuth.signOut();
  }
}
