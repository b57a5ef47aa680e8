import { HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NEVER, Observable, of, startWith } from 'rxjs';

import { ActionOutcome, StepUpStop } from '../../step-up/step-up-trip';
import { Message } from '../message';
import { MessageRulesService, MessageRulesState } from '../message-rules.service';
import { MessagesService, ResumedPost } from '../messages.service';
import { MessageComposerComponent } from './message-composer.component';

const STOPPED: StepUpStop = {
  kind: 'stopped',
  reason: 'sign-in-failed',
  trip: {
    returnUrl: '/messages',
    requirement: { acrValues: ['phr'] },
    startedAt: 0,
    status: 'failed',
    failure: 'access_denied',
    action: {
      name: 'post-message',
      purpose: 'post this message',
      request: { method: 'POST', url: '/api/messages', body: { text: 'Hello' } },
    },
  },
};

const PUBLISHED: MessageRulesState = { status: 'loaded', rules: { minLength: 1, maxLength: 280 } };

const created = (message: Message): Observable<ActionOutcome<unknown>> =>
  of({ kind: 'done', response: new HttpResponse({ status: 201, body: message }) });

@Component({
  imports: [MessageComposerComponent],
  template: `<app-message-composer (posted)="posted.push($event)" />`,
})
class HostComponent {
  readonly posted: Message[] = [];
}

describe('MessageComposerComponent', () => {
  let messages: { post: jest.Mock; resumePost: jest.Mock; stepUpAgainToPost: jest.Mock };
  let messageRules: { rules: jest.Mock<Observable<MessageRulesState>> };

  async function render(resumed: ResumedPost | null = null) {
    messages.resumePost.mockReturnValue(resumed);
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const field = page.querySelector('textarea')!;
    return {
      host: fixture.componentInstance,
      page,
      field,
      type: async (text: string) => {
        field.value = text;
        field.dispatchEvent(new Event('input'));
        await fixture.whenStable();
      },
      post: async () => {
        page.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await fixture.whenStable();
      },
      click: async (label: string) => {
        [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === label)!.click();
        await fixture.whenStable();
      },
    };
  }

  beforeEach(() => {
    messages = { post: jest.fn(), resumePost: jest.fn(), stepUpAgainToPost: jest.fn() };
    messageRules = { rules: jest.fn(() => of(PUBLISHED)) };
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [
        { provide: MessagesService, useValue: messages },
        { provide: MessageRulesService, useValue: messageRules },
      ],
    });
  });

  it('labels the field "Post a message" and counts the characters left', async () => {
    const { page, field, type } = await render();
    await type('Hello');

    expect(page.querySelector('label[for="message-text"]')?.textContent?.trim()).toBe('Post a message');
    expect(field.id).toBe('message-text');
    expect(page.querySelector('#message-text-count')?.textContent?.trim()).toBe('275 characters left');
    expect(field.getAttribute('aria-describedby')).toBe('message-text-hint message-text-count');
  });

  it('counts against the limit the API publishes, and holds the text to it', async () => {
    messageRules.rules.mockReturnValue(of({ status: 'loaded', rules: { minLength: 1, maxLength: 10 } }));
    const { page, type, post } = await render();
    await type('Hello');

    expect(page.querySelector('#message-text-hint')?.textContent).toContain('Up to 10 characters.');
    expect(page.querySelector('#message-text-count')?.textContent?.trim()).toBe('5 characters left');
    expect(page.querySelector('#message-text-count')?.hasAttribute('data-over-limit')).toBe(false);

    await type('Hello, world');
    expect(page.querySelector('#message-text-count')?.textContent?.trim()).toBe('2 characters too many');
    // What the stylesheet shows as a problem.
    expect(page.querySelector('#message-text-count')?.hasAttribute('data-over-limit')).toBe(true);
    await post();

    expect(page.querySelector('#message-text-error')?.textContent?.trim()).toBe(
      'A message can have at most 10 characters. Remove 2 characters.',
    );
    expect(messages.post).not.toHaveBeenCalled();
  });

  it('waits for the rules before counting or posting', async () => {
    messageRules.rules.mockReturnValue(NEVER.pipe(startWith<MessageRulesState>({ status: 'loading' })));
    const { page, type, post } = await render();
    await type('Hello');
    await post();

    expect(page.querySelector('#message-text-count')?.textContent?.trim()).toBe('Loading the message rules…');
    expect(page.querySelector('#message-text-hint')?.textContent).not.toContain('Up to');
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    expect(messages.post).not.toHaveBeenCalled();
  });

  it('says when the rules cannot be loaded, posts nothing, and loads them again on request', async () => {
    messageRules.rules
      .mockReturnValueOnce(
        of({
          status: 'failed',
          message: "The message rules can't be loaded, so no message can be posted yet.",
        }),
      )
      .mockReturnValue(of(PUBLISHED));
    const { page, field, type, post, click } = await render();
    await type('Hello');
    await post();

    const alert = page.querySelector('#message-rules-unavailable');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain(
      "The message rules can't be loaded, so no message can be posted yet.",
    );
    expect(field.getAttribute('aria-describedby')).toBe('message-text-hint message-rules-unavailable');
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    expect(messages.post).not.toHaveBeenCalled();

    await click('Load the message rules again');

    expect(messageRules.rules).toHaveBeenCalledTimes(2);
    expect(page.querySelector('#message-rules-unavailable')).toBeNull();
    expect(page.querySelector('#message-text-count')?.textContent?.trim()).toBe('275 characters left');
    expect(field.value).toBe('Hello');
  });

  it.each([
    { description: 'an empty message', text: '   ', error: 'Write a message before posting it.' },
    {
      description: 'a message over 280 characters',
      text: 'x'.repeat(283),
      error: 'A message can have at most 280 characters. Remove 3 characters.',
    },
  ])('announces $description next to the field and sends nothing', async ({ text, error }) => {
    const { page, field, type, post } = await render();
    await type(text);
    await post();

    const alert = page.querySelector('#message-text-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(error);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('message-text-error');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe(text);
    expect(messages.post).not.toHaveBeenCalled();
  });

  it('posts the text, then clears it and tells the page once the API has the message', async () => {
    messages.post.mockReturnValue(created({ id: 9, text: 'Hello' }));
    const { host, page, field, type, post } = await render();
    await type('Hello');
    await post();

    expect(messages.post).toHaveBeenCalledWith('Hello');
    expect(host.posted).toEqual([{ id: 9, text: 'Hello' }]);
    expect(field.value).toBe('');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Your message was posted.');
  });

  it('keeps the text while the step-up takes the visitor to the provider', async () => {
    messages.post.mockReturnValue(of({ kind: 'redirecting' }));
    const { page, field, type, post } = await render();
    await type('Hello');
    await post();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Posting needs a passkey sign-in. Taking you to the identity provider…',
    );
    expect(field.value).toBe('Hello');
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
  });

  it('shows the text again after the step-up and posts it once', async () => {
    const { host, field } = await render({
      text: 'Back from the provider',
      outcome: created({ id: 10, text: 'Back from the provider' }),
    });

    expect(host.posted).toEqual([{ id: 10, text: 'Back from the provider' }]);
    expect(field.value).toBe('');
  });

  it('keeps the text when the step-up stopped, with a way to try again', async () => {
    messages.stepUpAgainToPost.mockReturnValue(NEVER);
    const { page, field } = await render({ text: 'Hello', outcome: of(STOPPED) });

    expect(field.value).toBe('Hello');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('post this message');
    const edit = [...page.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Edit the message',
    );
    expect(edit).toBeDefined();
  });

  it('clears the text when the sign-in came back as another account', async () => {
    const { page, field } = await render({
      text: 'Written by the first account',
      outcome: of({ ...STOPPED, reason: 'account-changed' as const }),
    });

    expect(field.value).toBe('');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('The sign-in changed account');
  });

  it("keeps the text and shows the API's reason when it refuses the message", async () => {
    messages.post.mockReturnValue(
      of({
        kind: 'failed',
        error: new HttpErrorResponse({
          status: 400,
          error: {
            error: 'invalid_request',
            errors: [{ field: 'text', message: 'must not contain bidirectional formatting characters' }],
          },
        }),
      }),
    );
    const { page, field, type, post } = await render();
    await type('Hello');
    await post();

    expect(page.querySelector('.notice--error[role="alert"]')?.textContent?.trim()).toBe(
      'The message must not contain bidirectional formatting characters.',
    );
    expect(field.value).toBe('Hello');
  });
});
