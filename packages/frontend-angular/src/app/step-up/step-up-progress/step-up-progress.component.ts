import { Component, computed, input } from '@angular/core';

import { StepUpActionState } from '../action-state';

/**
 * What a page that loads through the step-up service shows while the step-up is under way: on the way
 * to the provider, or waiting for the sign-in window (popup mode). `need` says what asked for it.
 */
@Component({
  selector: 'app-step-up-progress',
  template: `<p class="muted" role="status">{{ need() }} {{ next() }}</p>`,
})
export class StepUpProgressComponent {
  readonly status = input.required<Exclude<StepUpActionState['status'], 'stopped'>>();
  /** The sentence before, e.g. "The API needs a stronger sign-in." */
  readonly need = input.required<string>();

  protected readonly next = computed(() =>
    this.status() === 'signing-in'
      ? 'Finish it in the sign-in window; this page waits for you.'
      : 'Taking you to the identity provider…',
  );
}
