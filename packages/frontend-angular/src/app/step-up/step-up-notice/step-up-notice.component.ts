import { Component, computed, input, output } from '@angular/core';

import { StepUpStop } from '../step-up-trip';
import { describeStepUpStop } from './step-up-stop-wording';

/**
 * Explains a step-up that stopped: what happened, what was needed, and "Try again" when another round
 * trip can help. The page adds its own way back as content (a link home, "Edit the details", …).
 */
@Component({
  selector: 'app-step-up-notice',
  template: `
    @let text = description();
    <div class="notice notice--warning" role="alert">
      <h2>{{ text.title }}</h2>
      <p>{{ text.message }}</p>
      <p data-testid="step-up-needed">{{ text.needed }}</p>
      @if (stop().reason === 'sign-in-failed' && stop().trip.failure; as code) {
        <p class="muted small">
          Error code: <code>{{ code }}</code>
        </p>
      }
    </div>
    <div class="actions">
      @if (text.canRetry) {
        <button type="button" class="button button--primary" (click)="retry.emit()">Try again</button>
      }
      <ng-content />
    </div>
  `,
})
export class StepUpNoticeComponent {
  readonly stop = input.required<Pick<StepUpStop, 'reason' | 'trip'>>();
  readonly retry = output();

  protected readonly description = computed(() => describeStepUpStop(this.stop()));
}
