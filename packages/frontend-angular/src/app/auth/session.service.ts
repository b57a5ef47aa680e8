import { computed, DOCUMENT, ErrorHandler, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { OKTA_AUTH, OktaAuthStateService } from '@okta/okta-angular';
import { SigninWithRedirectOptions } from '@okta/okta-auth-js';
import { parseAcrValues } from 'step-up';

import { StepUpStore } from '../step-up/step-up.store';
import { StepUpService } from '../step-up/step-up.service';
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
  private readonly stepUpStore = inject(StepUpStore);
  private readonly stepUp = inject(StepUpService);
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
   * `OktaAuthGuard`'s sign-in (its `onAuthRequired`), after it saved the page as the original URI. A
   * route whose data names `acrValues` is a step-up for that page, remembered like any other, so a
   * failure can say what the page needed and "Try again" asks for it again.
   */
  async signInForGuard(options: SigninWithRedirectOptions): Promise<void> {
    if (options.acrValues === undefined || options.acrValues === '') {
      await this.redirectToSignIn(options);
      return;
    }
    const page = this.oktaAuth.getOriginalUri() ?? this.router.url;
    if (!(await this.stepUp.stepUpForRoute(page, { acrValues: parseAcrValues(options.acrValues) }))) {
      await this.router.navigateByUrl(SIGN_IN_UNAVAILABLE_PATH);
    }
  }

  /**
   * Starts the redirect to the provider. okta-auth-js first reads the provider's discovery document;
   * when that fails the visitor sees a page saying so, instead of a click that silently does nothing.
   */
  async redirectToSignIn(options: SigninWithRedirectOptions): Promise<void> {
    // A plain sign-in is not the answer to a step-up this tab may have left unfinished.
    this.stepUpStore.reset();
    try {
      await this.oktaAuth.signInWithRedirect(options);
    } catch (error) {
      this.errorHandler.handleError(error);
      await this.router.navigateByUrl(SIGN_IN_UNAVAILABLE_PATH);
    }
  }

  /** Revokes the tokens, then ends the provider's session, which sends the browser back to the home page. */
  async signOut(): Promise<void> {
    this.stepUpStore.reset();
    await this.oktaAuth.signOut();
  }
}
