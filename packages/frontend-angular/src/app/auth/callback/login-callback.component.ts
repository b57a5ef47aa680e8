import { Component, computed, inject, OnInit, PendingTasks, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';
import { firstValueFrom } from 'rxjs';

import { CLOCK } from '../../clock';
import { StepUpTrip } from '../../step-up/step-up-trip';
import { describeNeed } from '../../step-up/step-up-wording';
import { StepUpStore } from '../../step-up/step-up.store';
import { StepUpService } from '../../step-up/step-up.service';
import { SIGN_IN_UNAVAILABLE_PATH, SessionService } from '../session.service';
import { CallbackFailure, callbackFailure, callbackFailureCode } from './callback-failure';

/**
 * The redirect URI. On success okta-auth-js exchanges the code, stores the tokens and the router
 * returns to the page that started the sign-in (see `okta-config.ts`). On failure the page says what
 * happened and, for a step-up, what was needed; it offers "Try again" when that can help and a way
 * back. It never redirects on its own, so it cannot loop.
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
  private readonly stepUp = inject(StepUpService);
  private readonly store = inject(StepUpStore);
  private readonly clock = inject(CLOCK);
  private readonly pendingTasks = inject(PendingTasks);
  /**
   * The provider's `error` parameter (RFC 6749 §4.1.2.1), read from the route: the app's router binds no route
   * parameters to inputs (no `withComponentInputBinding()`, see the README's "Initial load").
   */
  private readonly providerError = inject(ActivatedRoute).snapshot.queryParamMap.get('error') ?? undefined;

  protected readonly failure = signal<CallbackFailure | null>(null);
  /** The step-up this sign-in answered, if it was one. */
  protected readonly trip = signal<StepUpTrip | null>(null);
  protected readonly needed = computed(() => {
    const trip = this.trip();
    return trip === null ? null : describeNeed(trip);
  });
  /** The step-up trip, when an action of a page (not a route) asked for it: there is a form to go back to. */
  protected readonly actionTrip = computed(() => {
    const trip = this.trip();
    return trip?.action === undefined ? null : trip;
  });
  private returnUrl = '/';

  ngOnInit(): void {
    // A pending task until the tokens are stored and the router has moved on, or the failure is shown:
    // a step-up that is arriving is still in flight (`data-step-up`, step-up/step-up-settled.ts).
    void this.pendingTasks.run(() => this.completeSignIn());
  }

  private async completeSignIn(): Promise<void> {
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
      const code = callbackFailureCode(this.providerError, error);
      // A step-up on its way out has failed; the trip keeps the code for the page that asked for it.
      const failed = this.store.fail(code, this.clock.now());
      this.trip.set(failed);
      this.failure.set(callbackFailure(code, failed !== null));
    }
  }

  protected async retry(): Promise<void> {
    const trip = this.trip();
    if (trip === null) {
      await this.session.signIn(this.returnUrl);
      return;
    }
    const outcome = await firstValueFrom(this.stepUp.stepUpAgain({ trip }));
    if (outcome.kind === 'stopped') {
      await this.router.navigateByUrl(SIGN_IN_UNAVAILABLE_PATH);
    }
  }

  /** Back to the page whose action needed the step-up; it shows the form again, unsent. */
  protected async goBack(trip: StepUpTrip): Promise<void> {
    await this.router.navigateByUrl(trip.returnUrl, { replaceUrl: true });
  }
}
