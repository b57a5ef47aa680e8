import { TestBed } from '@angular/core/testing';
import { AuthState } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

import { provideStepUp } from '../step-up/provide-step-up';
import { fakeOktaAuth, provideFakeOkta, signedInState } from '../../testing/fake-okta';
import { CLOCK } from '../clock';
import { SecurityComponent } from './security.component';

describe('SecurityComponent', () => {
  it('lists the sign-in methods and marks the levels this sign-in meets', async () => {
    const authState = new BehaviorSubject<AuthState>(signedInState({ acr: 'phr', amr: ['hwk', 'user'] }));
    TestBed.configureTestingModule({
      imports: [SecurityComponent],
      providers: [provideFakeOkta(fakeOktaAuth(), authState), provideStepUp()],
    });
    const fixture = TestBed.createComponent(SecurityComponent);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Security');
    const methods = [...page.querySelectorAll('ul[aria-label="Your sign-in methods"] li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(methods).toEqual(['Hardware security key', 'Presence check']);
    const levels = [...page.querySelectorAll('ul[aria-label="Sign-in levels"] li')].map((li) => [
      li.querySelector('.rung__label')?.textContent,
      li.querySelector('.rung__state')?.textContent,
      // What the stylesheet marks as met.
      li.hasAttribute('data-met'),
    ]);
    expect(levels).toEqual([
      ['Password only', 'Met', true],
      ['Two factors', 'Met', true],
      ['Phishing-resistant', 'Met', true],
      ['Phishing-resistant, hardware-bound', 'Not met', false],
    ]);
  });

  it('says in words how strongly and when the visitor signed in', async () => {
    const authState = new BehaviorSubject<AuthState>(
      signedInState({ acr: 'phr', amr: ['swk', 'user', 'mfa'], auth_time: 1_750_000_000 }),
    );
    TestBed.configureTestingModule({
      imports: [SecurityComponent],
      providers: [
        provideFakeOkta(fakeOktaAuth(), authState),
        provideStepUp(),
        { provide: CLOCK, useValue: { now: () => 1_750_000_120_000 } },
      ],
    });
    const fixture = TestBed.createComponent(SecurityComponent);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('[data-testid="sign-in-level"]')?.textContent).toBe(
      'Phishing-resistant (passkey and presence check)',
    );
    expect(page.querySelector('[data-testid="signed-in-at"] time')?.getAttribute('datetime')).toBe(
      new Date(1_750_000_000_000).toISOString(),
    );
    expect(page.querySelector('[data-testid="signed-in-at"] .muted')?.textContent?.trim()).toBe(
      '(2 minutes ago)',
    );
  });
});
