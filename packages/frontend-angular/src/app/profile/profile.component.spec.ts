import { TestBed } from '@angular/core/testing';
import { AuthState } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

import { CLOCK } from '../clock';
import { provideStepUp } from '../step-up/provide-step-up';
import { fakeOktaAuth, provideFakeOkta, signedInState, SIGNED_OUT } from '../../testing/fake-okta';
import { ProfileComponent } from './profile.component';

const AUTH_TIME = 1_764_410_400;

describe('ProfileComponent', () => {
  let authState: BehaviorSubject<AuthState>;

  beforeEach(() => {
    authState = new BehaviorSubject<AuthState>(
      signedInState({
        name: 'Alice Liddell',
        email: 'alice@example.com',
        acr: 'urn:okta:loa:2fa:any',
        amr: ['pwd', 'email'],
        auth_time: AUTH_TIME,
      }),
    );
    TestBed.configureTestingModule({
      imports: [ProfileComponent],
      providers: [
        provideStepUp(),
        provideFakeOkta(fakeOktaAuth(), authState),
        { provide: CLOCK, useValue: { now: () => (AUTH_TIME + 12 * 60) * 1000 } },
      ],
    });
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ProfileComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('greets the visitor by name', async () => {
    const page = await render();

    expect(page.querySelector('h1')?.textContent).toBe('Hello, Alice Liddell');
  });

  it('shows the sign-in strength in words, with the raw acr for developers', async () => {
    const page = await render();

    expect(page.querySelector('[data-testid="assurance"]')?.textContent?.trim()).toBe(
      'Two factors (password and email code)',
    );
    expect([...page.querySelectorAll('code')].map((code) => code.textContent)).toContain(
      'urn:okta:loa:2fa:any',
    );
  });

  it('lists the methods used', async () => {
    const page = await render();

    const methods = [...page.querySelectorAll('ul[aria-label="Methods used"] li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(methods).toEqual(['Password', 'Email code']);
  });

  it('shows when the visitor signed in, as a date and as time elapsed', async () => {
    const page = await render();

    const time = page.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(new Date(AUTH_TIME * 1000).toISOString());
    expect(time?.textContent).toMatch(/\d{4}/);
    expect(time?.parentElement?.textContent).toContain('(12 minutes ago)');
  });

  it('waits for the session instead of showing an empty profile', async () => {
    authState.next(SIGNED_OUT);

    const page = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Loading your profile');
  });
});
