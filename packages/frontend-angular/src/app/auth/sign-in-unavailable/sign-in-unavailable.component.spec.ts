import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { SessionService } from '../session.service';
import { fakeOktaAuth, FakeOktaAuth, provideFakeOkta } from '../../../testing/fake-okta';
import { SignInUnavailableComponent } from './sign-in-unavailable.component';

describe('SignInUnavailableComponent', () => {
  let oktaAuth: FakeOktaAuth;
  let session: { signIn: jest.Mock };

  beforeEach(() => {
    oktaAuth = fakeOktaAuth();
    session = { signIn: jest.fn().mockResolvedValue(undefined) };
    TestBed.configureTestingModule({
      imports: [SignInUnavailableComponent],
      providers: [
        provideRouter([]),
        provideFakeOkta(oktaAuth),
        { provide: SessionService, useValue: session },
      ],
    });
  });

  it('explains the problem and retries the sign-in for the page that asked for it', async () => {
    oktaAuth.getOriginalUri.mockReturnValue('/profile');
    const fixture = TestBed.createComponent(SignInUnavailableComponent);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Sign-in is unavailable');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      "The identity provider can't be reached",
    );
    page.querySelector('button')?.click();

    expect(session.signIn).toHaveBeenCalledWith('/profile');
  });
});
