import { TestBed } from '@angular/core/testing';

import { StepUpProgressComponent } from './step-up-progress.component';

describe('StepUpProgressComponent', () => {
  async function render(status: 'stepping-up' | 'signing-in'): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(StepUpProgressComponent);
    fixture.componentRef.setInput('status', status);
    fixture.componentRef.setInput('need', 'The API needs a stronger sign-in.');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it.each([
    {
      status: 'stepping-up' as const,
      expected: 'The API needs a stronger sign-in. Taking you to the identity provider…',
    },
    {
      status: 'signing-in' as const,
      expected: 'The API needs a stronger sign-in. Finish it in the sign-in window; this page waits for you.',
    },
  ])('announces $status', async ({ status, expected }) => {
    const status$ = (await render(status)).querySelector('[role="status"]');

    expect(status$?.textContent).toBe(expected);
  });
});
