import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { StepUpStop } from '../step-up-trip';
import { StepUpNoticeComponent } from './step-up-notice.component';

const TRIP: StepUpStop['trip'] = {
  returnUrl: '/transactions',
  requirement: { acrValues: ['phr'] },
  startedAt: 0,
  status: 'failed',
  action: {
    name: 'post-message',
    purpose: 'post a message',
    request: { method: 'POST', url: '/api/messages' },
  },
};

@Component({
  imports: [StepUpNoticeComponent],
  template: `<app-step-up-notice [stop]="stop()" (retry)="retried = retried + 1">
    <a href="/">Back to home</a>
  </app-step-up-notice>`,
})
class HostComponent {
  readonly stop = signal<Pick<StepUpStop, 'reason' | 'trip'>>({ reason: 'still-refused', trip: TRIP });
  retried = 0;
}

describe('StepUpNoticeComponent', () => {
  async function render(stop: Pick<StepUpStop, 'reason' | 'trip'>) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.stop.set(stop);
    await fixture.whenStable();
    return { host: fixture.componentInstance, page: fixture.nativeElement as HTMLElement };
  }

  it('announces what happened and what was needed, and offers one more attempt', async () => {
    const { host, page } = await render({ reason: 'still-refused', trip: TRIP });

    const alert = page.querySelector('[role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).toBe('A stronger sign-in is still needed');
    expect(alert?.querySelector('[data-testid="step-up-needed"]')?.textContent).toBe(
      'To post a message, the app needs a phishing-resistant sign-in, such as a passkey.',
    );
    page.querySelector('button')?.click();
    expect(host.retried).toBe(1);
    expect(page.querySelector('a')?.textContent).toBe('Back to home');
  });

  it("shows the provider's error code and no retry when retrying cannot help", async () => {
    const { page } = await render({
      reason: 'sign-in-failed',
      trip: { ...TRIP, failure: 'unmet_authentication_requirements' },
    });

    expect(page.querySelector('h2')?.textContent).toBe('A passkey is needed');
    expect(page.querySelector('code')?.textContent).toBe('unmet_authentication_requirements');
    expect(page.querySelector('button')).toBeNull();
  });
});
