import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthState } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

import { provideStepUp } from '../step-up/provide-step-up';
import { STEP_UP_STORAGE } from '../step-up/step-up.store';
import {
  FakeOktaAuth,
  fakeOktaAuth,
  memoryStorage,
  provideFakeOkta,
  signedInState,
  SIGNED_OUT,
} from '../../testing/fake-okta';
import { SiteHeaderComponent } from './site-header.component';

describe('SiteHeaderComponent', () => {
  let oktaAuth: FakeOktaAuth;
  let authState: BehaviorSubject<AuthState>;

  beforeEach(() => {
    oktaAuth = fakeOktaAuth();
    authState = new BehaviorSubject<AuthState>(SIGNED_OUT);
    TestBed.configureTestingModule({
      imports: [SiteHeaderComponent],
      providers: [
        provideRouter([]),
        provideFakeOkta(oktaAuth, authState),
        provideStepUp(),
        { provide: STEP_UP_STORAGE, useValue: memoryStorage() },
      ],
    });
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(SiteHeaderComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (page: HTMLElement) =>
    [...page.querySelectorAll('button')].map((b) => b.textContent?.trim());

  it('links to every page from the main navigation', async () => {
    const page = await render();

    const nav = page.querySelector('nav[aria-label="Main"]');
    const links = [...(nav?.querySelectorAll('a') ?? [])].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Home', '/'],
      ['Profile', '/profile'],
      ['Messages', '/messages'],
      ['Transactions', '/transactions'],
      ['Account', '/account'],
      ['Security', '/security'],
    ]);
  });

  it('offers Sign in while signed out, which returns to the current page', async () => {
    const page = await render();

    expect(buttons(page)).toEqual(['Sign in']);
    page.querySelector('button')?.click();
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ originalUri: '/' });
  });

  it("shows the signed-in visitor's name and offers Sign out", async () => {
    authState.next(signedInState({ name: 'Alice Liddell' }));

    const page = await render();

    expect(page.querySelector('[data-testid="user-name"]')?.textContent).toBe('Alice Liddell');
    expect(buttons(page)).toEqual(['Sign out']);
    page.querySelector('button')?.click();
    expect(oktaAuth.signOut).toHaveBeenCalled();
  });
});
