import { inject, Injectable } from '@angular/core';
import { map, Observable, startWith } from 'rxjs';

import { ActionContext, ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { actionStateOf } from '../step-up/action-state';
import { StepUpService } from '../step-up/step-up.service';
import { parseMessages } from './message';
import { describeLoadFailure, MessagesState } from './messages-state';

export const MESSAGES_PAGE = '/messages';

const READ_MESSAGES: ActionContext = {
  name: 'read-messages',
  purpose: 'read your messages',
  returnUrl: MESSAGES_PAGE,
};
const POST_MESSAGE = 'post-message';

/** A post that waited for a step-up: the text to show again and the replayed request's outcome. */
export interface ResumedPost {
  /** The text as the visitor typed it; `null` when it must not be shown again (another account came back). */
  readonly text: string | null;
  readonly outcome: Observable<ActionOutcome<unknown>>;
}

/**
 * Loads the messages through the {@link StepUpService}, which answers the API's step-up challenge
 * with one redirect and, on the way back, hands the request over to {@link open} to send again.
 * This service only turns outcomes into what the page shows.
 */
@Injectable({ providedIn: 'root' })
export class MessagesService {
  private readonly stepUp = inject(StepUpService);

  /** Opening the page: the request waiting for a step-up if there is one, otherwise a fresh one. */
  open(): Observable<MessagesState> {
    const resumed = this.stepUp.resume<unknown>(MESSAGES_PAGE, READ_MESSAGES.name);
    return this.states(resumed === null ? this.request() : resumed.outcome);
  }

  /** "Try again" after a failure: a fresh request, which may step up once. */
  load(): Observable<MessagesState> {
    return this.states(this.request());
  }

  /** "Try again" after a stopped step-up: one more round trip to the provider, asked for by the visitor. */
  stepUpAgain(stop: StepUpStop): Observable<MessagesState> {
    return this.stepUp.stepUpAgain(stop).pipe(map((outcome) => stateOf(outcome)));
  }

  /**
   * `POST /api/messages`, which needs a passkey sign-in (`phr`): the text travels with the step-up as the
   * page's form, so it comes back with the visitor whatever happens at the provider.
   */
  post(text: string): Observable<ActionOutcome<unknown>> {
    return this.stepUp.send<unknown>(
      { method: 'POST', url: '/api/messages', body: { text } },
      { name: POST_MESSAGE, purpose: 'post this message', returnUrl: MESSAGES_PAGE, formState: { text } },
    );
  }

  /** The post that was waiting for a step-up, handed over once; `null` when there is none. */
  resumePost(): ResumedPost | null {
    const resumed = this.stepUp.resume<unknown>(MESSAGES_PAGE, POST_MESSAGE);
    if (resumed === null) {
      return null;
    }
    const text = (resumed.formState as { text?: unknown } | undefined)?.text;
    return { text: typeof text === 'string' ? text : null, outcome: resumed.outcome };
  }

  /** "Try again" after a stopped step-up for a post: one more round trip, for the same text. */
  stepUpAgainToPost(stop: StepUpStop): Observable<ActionOutcome<never>> {
    return this.stepUp.stepUpAgain(stop);
  }

  private request(): Observable<ActionOutcome<unknown>> {
    return this.stepUp.send<unknown>({ method: 'GET', url: '/api/messages' }, READ_MESSAGES);
  }

  private states(outcomes: Observable<ActionOutcome<unknown>>): Observable<MessagesState> {
    return outcomes.pipe(
      map((outcome) => stateOf(outcome)),
      startWith<MessagesState>({ status: 'loading' }),
    );
  }
}

function stateOf(outcome: ActionOutcome<unknown>): MessagesState {
  return actionStateOf<MessagesState>(outcome, {
    done: (body) => ({ status: 'loaded', messages: parseMessages(body) }),
    failed: describeLoadFailure,
  });
}
