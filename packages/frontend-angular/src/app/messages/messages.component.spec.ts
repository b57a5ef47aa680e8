import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';

import { SessionService } from '../auth/session.service';
import { StepUpStop } from '../step-up/step-up-trip';
import { MessageRulesService, MessageRulesState } from './message-rules.service';
import { MessagesState } from './messages-state';
import { MessagesComponent } from './messages.component';
import { MessagesService } from './messages.service';

const STILL_REFUSED: StepUpStop = {
  kind: 'stopped',
  reason: 'still-refused',
  trip: {
    returnUrl: '/messages',
    requirement: { acrValues: ['urn:okta:loa:2fa:any'] },
    startedAt: 0,
    status: 'returned',
    action: {
      name: 'read-messages',
      purpose: 'read your messages',
      request: { method: 'GET', url: '/api/messages' },
    },
  },
};

describe('MessagesComponent', () => {
  let messages: { open: jest.Mock; load: jest.Mock; stepUpAgain: jest.Mock; resumePost: jest.Mock };
  let session: { signIn: jest.Mock };

  async function render(state: MessagesState): Promise<HTMLElement> {
    messages.open.mockReturnValue(of(state));
    const fixture = TestBed.createComponent(MessagesComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    messages = {
      open: jest.fn(),
      load: jest.fn().mockReturnValue(of({ status: 'loading' })),
      stepUpAgain: jest.fn().mockReturnValue(of({ status: 'stepping-up' })),
      resumePost: jest.fn().mockReturnValue(null),
    };
    session = { signIn: jest.fn().mockResolvedValue(undefined) };
    TestBed.configureTestingModule({
      imports: [MessagesComponent],
      providers: [
        provideRouter([]),
        { provide: MessagesService, useValue: messages },
        { provide: SessionService, useValue: session },
        {
          provide: MessageRulesService,
          useValue: {
            rules: () => of<MessageRulesState>({ status: 'loaded', rules: { minLength: 1, maxLength: 280 } }),
          },
        },
      ],
    });
  });

  it('lists the messages under the Messages heading', async () => {
    const page = await render({
      status: 'loaded',
      messages: [
        { id: 1, text: 'I am a robot' },
        { id: 2, text: 'Hello, world!' },
      ],
    });

    expect(page.querySelector('h1')?.textContent).toBe('Messages');
    const items = [...page.querySelectorAll('ul[aria-label="Your messages"] li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(items).toEqual(['I am a robot', 'Hello, world!']);
  });

  it('says so when there are no messages', async () => {
    const page = await render({ status: 'loaded', messages: [] });

    expect(page.textContent).toContain('No messages yet.');
  });

  it.each([
    { state: { status: 'loading' } as const, expected: 'Loading messages…' },
    {
      state: { status: 'stepping-up' } as const,
      expected: 'The API needs a stronger sign-in. Taking you to the identity provider…',
    },
    {
      state: { status: 'signing-in' } as const,
      expected: 'The API needs a stronger sign-in. Finish it in the sign-in window; this page waits for you.',
    },
  ])('shows progress while $state.status', async ({ state, expected }) => {
    const page = await render(state);

    expect(page.querySelector('p[role="status"]')?.textContent?.trim()).toBe(expected);
  });

  it('explains a stopped step-up in words and offers one more attempt', async () => {
    const page = await render({ status: 'stopped', stop: STILL_REFUSED });

    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('A stronger sign-in is still needed');
    expect(alert?.textContent).toContain(
      'To read your messages, the app needs a two-factor sign-in, such as your password and an email code.',
    );

    const button = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again');
    button?.click();
    expect(messages.stepUpAgain).toHaveBeenCalledWith(STILL_REFUSED);
  });

  it('offers no retry when the challenge named no requirement', async () => {
    const page = await render({
      status: 'stopped',
      stop: { ...STILL_REFUSED, reason: 'nothing-requested' },
    });

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('without saying which kind');
    expect(page.textContent).not.toContain('Try again');
    expect(page.querySelector('a[href="/"]')?.textContent).toBe('Back to home');
  });

  it('offers to sign in when the session has ended', async () => {
    const page = await render({ status: 'signed-out' });

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Your session has ended.');
    page.querySelector<HTMLButtonElement>('.actions button')?.click();
    expect(session.signIn).toHaveBeenCalled();
  });

  it('shows a failure as an alert with a way to try again', async () => {
    const page = await render({
      status: 'failed',
      message: 'The API ran into a problem (HTTP 500). Try again in a moment.',
    });

    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'The API ran into a problem (HTTP 500). Try again in a moment.',
    );
    page.querySelector<HTMLButtonElement>('.actions button')?.click();
    expect(messages.load).toHaveBeenCalledTimes(1);
  });
});
