import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';
import { SigninWithRedirectOptions } from '@okta/okta-auth-js';

import { CLOCK } from '../clock';
import { StepUpAttemptStore } from './step-up-attempt.store';
import { planStepUp, StepUpDemand, StepUpStopReason } from './step-up-plan';

export type StepUpOutcome =
  { readonly kind: 'redirecting' } | { readonly kind: 'stopped'; readonly reason: StepUpStopReason };

/**
 * Answers a step-up challenge from any API call: saves the current page as the place to come back
 * to, then redirects to the provider asking for the required `acr` and `max_age`. After the callback
 * the visitor lands on the same page, which repeats its request with the new tokens. A page that is
 * still refused after one round trip gets `stopped` instead of another redirect.
 */
@Injectable({ providedIn: 'root' })
export class StepUpService {
  private readonly oktaAuth = inject(OKTA_AUTH);
  private readonly router = inject(Router);
  private readonly attempts = inject(StepUpAttemptStore);
  private readonly clock = inject(CLOCK);

  async stepUp(demand: StepUpDemand): Promise<StepUpOutcome> {
    const url = this.router.url;
    const plan = planStepUp(demand, url, this.attempts.read(), this.clock());
    if (plan.kind === 'stop') {
      return { kind: 'stopped', reason: plan.reason };
    }
    await this.redirect(url, plan);
    return { kind: 'redirecting' };
  }

  /** The visitor asked to try again after a stop: one more round trip, remembered like the first. */
  async retry(demand: StepUpDemand): Promise<StepUpOutcome> {
    this.attempts.clear();
    return this.stepUp(demand);
  }

  /** The current page's request went through: forget its attempt so a later challenge redirects again. */
  satisfied(): void {
    if (this.attempts.read()?.url === this.router.url) {
      this.attempts.clear();
    }
  }

  private async redirect(
    url: string,
    options: Pick<SigninWithRedirectOptions, 'acrValues' | 'maxAge'>,
  ): Promise<void> {
    this.attempts.write({ url, startedAt: this.clock() });
    this.oktaAuth.setOriginalUri(url);
    try {
      await this.oktaAuth.signInWithRedirect({
        ...(options.acrValues === undefined ? {} : { acrValues: options.acrValues }),
        ...(options.maxAge === undefined ? {} : { maxAge: options.maxAge }),
      });
    } catch (error) {
      // No round trip happened, so there is nothing for the loop guard to remember.
      this.attempts.clear();
      throw error;
    }
  }
}
