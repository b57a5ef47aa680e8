import { TestBed } from '@angular/core/testing';
import { AuthState, UserClaims } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

import { CLOCK } from '../clock';
import { provideStepUp } from '../step-up/provide-step-up';
import { fakeOktaAuth, provideFakeOkta, signedInState } from '../../testing/fake-okta';
import { AccountComponent } from './account.component';
import { ACCOUNT_MAX_AGE } from './recent-sign-in';

const AUTH_TIME = 1_764_410_400;

describe('AccountComponent', () => {
  async function render(claims: Partial<UserClaims>, accountMaxAge?: number): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [AccountComponent],
      providers: [
        ...(accountMaxAge === undefined ? [] : [{ provide: ACCOUNT_MAX_AGE, useValue: accountMaxAge }]),
        provideStepUp(),
        provideFakeOkta(fakeOktaAuth(), new BehaviorSubject<AuthState>(signedInState(claims))),
        { provide: CLOCK, useValue: { now: () => (AUTH_TIME + 12) * 1000 } },
      ],
    });
    const fixture = TestBed.createComponent(AccountComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const facts = (page: HTMLElement): Record<string, string | undefined> =>
    Object.fromEntries(
      [...page.querySelectorAll('.fact')].map((fact): [string, string | undefined] => [
        fact.querySelector('dt')?.textContent?.trim() ?? '',
        fact.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
      ]),
    );

  it('says how recent a sign-in the page needs', async () => {
    const page = await render({ name: 'Alice Liddell' });

    expect(page.querySelector('h1')?.textContent).toBe('Your account');
    expect(page.querySelector('.lead')?.textContent).toContain('within the last 30 seconds');
  });

  it('says the window the runtime configuration sets', async () => {
    const page = await render({ name: 'Alice Liddell' }, 5);

    expect(page.querySelector('.lead')?.textContent).toContain('within the last 5 seconds');
  });

  it('shows the personal details and when the visitor signed in', async () => {
    const page = await render({
      name: 'Alice Liddell',
      email: 'alice@example.com',
      acr: 'urn:okta:loa:1fa:pwd',
      amr: ['pwd'],
      auth_time: AUTH_TIME,
    });

    expect(facts(page)).toEqual(
      expect.objectContaining({
        Name: 'Alice Liddell',
        Email: 'alice@example.com',
        'Sign-in strength': 'Password only',
      }),
    );
    expect(facts(page)['Signed in']).toContain('(just now)');
    expect(page.querySelector('[data-testid="signed-in-at"] time')?.getAttribute('datetime')).toBe(
      new Date(AUTH_TIME * 1000).toISOString(),
    );
  });

  it('says when the provider did not report the time of the sign-in', async () => {
    const page = await render({ name: 'Alice Liddell' });

    expect(facts(page)['Signed in']).toBe('Not reported by the identity provider');
  });
});
