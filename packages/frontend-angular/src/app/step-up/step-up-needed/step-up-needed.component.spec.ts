import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { CLOCK } from '../../clock';
import { FakeOktaAuth, fakeOktaAuth, memoryStorage, provideFakeOkta } from '../../../testing/fake-okta';
import { StepUpTrip } from '../step-up-trip';
import { provideStepUp } from '../provide-step-up';
import { STEP_UP_STORAGE, StepUpStore } from '../step-up.store';
import { StepUpNeededComponent } from './step-up-needed.component';

const STOPPED: StepUpTrip = {
  returnUrl: '/account',
  requirement: { maxAge: 30 },
  startedAt: 1_764_410_400_000,
  status: 'stopped',
};

describe('StepUpNeededComponent', () => {
  let oktaAuth: FakeOktaAuth;

  beforeEach(() => {
    oktaAuth = fakeOktaAuth();
    TestBed.configureTestingModule({
      imports: [StepUpNeededComponent],
      providers: [
        provideRouter([]),
        provideFakeOkta(oktaAuth),
        provideStepUp(),
        { provide: STEP_UP_STORAGE, useValue: memoryStorage() },
        { provide: CLOCK, useValue: { now: () => 1_764_410_460_000 } },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(StepUpNeededComponent);
    await fixture.whenStable();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  it('explains that the new sign-in still falls short of the page, and what the page needs', async () => {
    TestBed.inject(StepUpStore).stopRoute(STOPPED);

    const { page } = await render();

    expect(page.querySelector('h1')?.textContent).toBe('This page needs a stronger sign-in');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'To open the page /account, the app needs a sign-in within the last 30 seconds.',
    );
    expect(page.querySelector('a[href="/"]')?.textContent).toBe('Back to home');
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });

  it('makes one more round trip only when the visitor asks', async () => {
    TestBed.inject(StepUpStore).stopRoute(STOPPED);
    const { page } = await render();

    page.querySelector('button')?.click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ maxAge: 30, originalUri: '/account' });
  });

  it('says so when nothing is waiting', async () => {
    const { page } = await render();

    expect(page.querySelector('h1')?.textContent).toBe('Nothing is waiting for a sign-in');
    expect(page.querySelector('button')).toBeNull();
  });
});
