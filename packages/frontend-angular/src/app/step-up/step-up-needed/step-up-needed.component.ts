import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { StepUpNoticeComponent } from '../step-up-notice/step-up-notice.component';
import { StepUpStop } from '../step-up-trip';
import { StepUpStore } from '../step-up.store';
import { StepUpService } from '../step-up.service';

/**
 * Where the step-up guard sends a visitor whose new sign-in still falls short of a route's
 * requirement: says what was needed and offers one more attempt, never an automatic redirect.
 */
@Component({
  selector: 'app-step-up-needed',
  imports: [RouterLink, StepUpNoticeComponent],
  template: `
    <section class="page page--narrow" aria-labelledby="step-up-needed-title">
      @if (stop(); as stop) {
        <h1 id="step-up-needed-title">This page needs a stronger sign-in</h1>
        <app-step-up-notice [stop]="stop" (retry)="tryAgain(stop)">
          <a class="button" routerLink="/">Back to home</a>
        </app-step-up-notice>
      } @else {
        <h1 id="step-up-needed-title">Nothing is waiting for a sign-in</h1>
        <p>There is no page waiting for a stronger sign-in in this tab.</p>
        <div class="actions">
          <a class="button button--primary" routerLink="/">Back to home</a>
        </div>
      }
    </section>
  `,
})
export class StepUpNeededComponent {
  private readonly stepUp = inject(StepUpService);
  private readonly store = inject(StepUpStore);

  protected readonly stop = signal<Pick<StepUpStop, 'reason' | 'trip'> | null>(this.initialStop());

  protected async tryAgain(stop: Pick<StepUpStop, 'trip'>): Promise<void> {
    const outcome = await firstValueFrom(this.stepUp.stepUpAgain(stop));
    if (outcome.kind === 'stopped') {
      this.stop.set(outcome);
    }
  }

  private initialStop(): Pick<StepUpStop, 'reason' | 'trip'> | null {
    const trip = this.store.stoppedRoute();
    return trip === null ? null : { reason: 'not-satisfied', trip };
  }
}
