import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthState } from '@okta/okta-auth-js';
import { BehaviorSubject } from 'rxjs';

import { provideStepUp } from '../step-up/provide-step-up';
import { fakeOktaAuth, provideFakeOkta, signedInState, SIGNED_OUT } from '../../testing/fake-okta';
import { HomeComponent } from './home.component';

describe('HomeComponent', () => {
  let authState: BehaviorSubject<AuthState>;

  beforeEach(() => {
    authState = new BehaviorSubject<AuthState>(SIGNED_OUT);
    TestBed.configureTestingModule({
      imports: [HomeComponent],
      providers: [provideRouter([]), provideFakeOkta(fakeOktaAuth(), authState), provideStepUp()],
    });
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(HomeComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('explains each step with a link to its page', async () => {
    const page = await render();

    expect(page.querySelector('h1')?.textContent).toBe('Step-up authentication demo');
    const links = [...page.querySelectorAll('ul.steps a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Your profile', '/profile'],
      ['Your messages', '/messages'],
      ['Transactions', '/transactions'],
      ['Your account', '/account'],
      ['Security settings', '/security'],
    ]);
  });

  it('says how recent a sign-in the account page needs', async () => {
    const page = await render();

    expect(page.textContent).toContain('Opens only within 30 seconds of signing in');
  });

  it('tells a signed-out visitor how to begin', async () => {
    const page = await render();

    expect(page.textContent).toContain("You're signed out.");
  });

  it('names the signed-in visitor', async () => {
    authState.next(signedInState({ name: 'Bob Builder' }));

    const page = await render();

    expect(page.textContent).toContain("You're signed in as Bob Builder.");
  });
});
