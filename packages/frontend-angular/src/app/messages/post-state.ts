import { HttpErrorResponse } from '@angular/common/http';

import { serviceUnavailableMessage } from '../service-unavailable';
import { actionStateOf, StepUpActionState } from '../step-up/action-state';
import { ActionOutcome } from '../step-up/step-up-trip';
import { Message, parseMessages } from './message';

/** Where the visitor's latest message stands. */
export type PostState =
  | { readonly status: 'idle' }
  | { readonly status: 'posting' }
  | { readonly status: 'posted'; readonly message: Message }
  | { readonly status: 'failed'; readonly message: string }
  /** Posting needs a passkey sign-in: on the way to the provider (the text kept), in a window, or stopped. */
  | StepUpActionState;

function apiProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const { errors, error_description: description } = body as Record<string, unknown>;
  const [first] = Array.isArray(errors) ? (errors as unknown[]) : [];
  const fieldMessage = (first as { message?: unknown } | undefined)?.message;
  if (typeof fieldMessage === 'string') {
    return `The message ${fieldMessage}.`;
  }
  return typeof description === 'string' ? description : undefined;
}

/** Words for a failed post that is not a step-up challenge; the text stays in the field. */
export function describePostFailure(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) {
    return 'The API answered with something other than the posted message.';
  }
  if (error.status === 0) {
    return "The API can't be reached. Check that it is running, then post again.";
  }
  if (error.status === 401) {
    return 'Your session has ended. Sign in again, then post your message.';
  }
  if (error.status === 400) {
    return apiProblem(error.error) ?? 'The API refused this message.';
  }
  const unavailable = serviceUnavailableMessage(error, 'Post again');
  if (unavailable) {
    return unavailable;
  }
  if (error.status >= 500) {
    return `The API ran into a problem (HTTP ${error.status}). Post again in a moment.`;
  }
  return `The API refused the message (HTTP ${error.status}).`;
}

export function postStateOf(outcome: ActionOutcome<unknown>): PostState {
  return actionStateOf<PostState>(outcome, {
    done: (body) => ({ status: 'posted', message: parseMessages([body])[0] }),
    failed: (error) => ({ status: 'failed', message: describePostFailure(error) }),
  });
}
