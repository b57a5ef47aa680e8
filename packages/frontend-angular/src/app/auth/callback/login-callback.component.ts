import { Component, inject, input, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';

import { SessionService } from '../session.service';
import { CallbackFailure, callbackFailure, callbackFailureCode } from './callback-failure';

/**
 * The redirect URI. On success okta-auth-js exchanges the code, stores the tokens and the router
 * returns to the page that started the sign-in. On failure the page says what happened and offers a
 * way home (and a retry when one can help); it never redirects on its own, so it cannot loop.
 */
@Component({
  selector: 'app-login-callback',
  imports: [RouterLink],
  templateUrl: './login-callback.component.html',
})
export class LoginCallbackComponent implements OnInit {
  private readonly oktaAuth = inject(OKTA_AUTH);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);

  /** The provider's `error` query parameter (bound by the router). */
  readonly error = input<string>();

  protected readonly failure = signal<CallbackFailure | null>(null);
  private returnUrl = '/';

  async ngOnInit(): Promise<void> {
    if (!this.oktaAuth.isLoginRedirect()) {
      await this.router.navigateByUrl('/', { replaceUrl: true });
      return;
    }
    this.returnUrl = this.oktaAuth.getOriginalUri() ?? '/';
    try {
      await this.oktaAuth.handleLoginRedirect();
    } catch (error) {
      // The page that started this sign-in is kept for "Try again", not for the next sign-in.
      this.oktaAuth.removeOriginalUri();
      this.failure.set(callbackFailure(callbackFailureCode(this.error(), error)));
    }
  }

  protected async retry(): Promise<void> {
    await this.session.signIn(this.returnUrl);
  }
}
