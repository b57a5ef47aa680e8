import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';

import { SessionService } from '../session.service';

/** The redirect to the identity provider could not start; says so and offers to try again. */
@Component({
  selector: 'app-sign-in-unavailable',
  imports: [RouterLink],
  template: `
    <section class="page page--narrow" aria-labelledby="sign-in-unavailable-title">
      <h1 id="sign-in-unavailable-title">Sign-in is unavailable</h1>
      <div class="notice notice--error" role="alert">
        <p>The identity provider can't be reached right now, so the app couldn't send you to sign in.</p>
      </div>
      <div class="actions">
        <button type="button" class="button button--primary" (click)="retry()">Try again</button>
        <a class="button" routerLink="/">Back to home</a>
      </div>
    </section>
  `,
})
export class SignInUnavailableComponent {
  private readonly oktaAuth = inject(OKTA_AUTH);
  private readonly session = inject(SessionService);

  protected async retry(): Promise<void> {
    await this.session.signIn(this.oktaAuth.getOriginalUri() ?? '/');
  }
}
