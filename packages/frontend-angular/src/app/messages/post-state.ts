import { HttpErrorResponse } from '@angular/common/http';

import { serviceUnavailableMessage } from '../service-unavailable';
import { ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { Message, parseMessages } from './message';

/** Where the visitor's latest message stands. */
export type PostState =
  | { readonly status: 'idle' }
  | { readonly status: 'posting' }
  /** Posting needs a passkey sign-in; on the way to the provider, the text kept for the return. */
  | { readonly status: 'stepping-up' }
  /** The provider's page is open in a sign-in window over this page (popup mode); the post follows. */
  | { readonly status: 'signing-in' }
  | { readonly status: 'posted'; readonly message: Message }
  | { readonly status: 'stopped'; readonly stop: StepUpStop }
  | { readonly status: 'failed'; readonly message: string };

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
  switch (outcome.kind) {
    case 'done':
      try {
        const [message] = parseMessages([outcome.response.body]);
        return { status: 'posted', message };
      } catch (error) {
        return { status: 'failed', message: describePostFailure(error) };
      }
    case 'failed':
      return { status: 'failed', message: describePostFailure(outcome.error) };
    case 'redirecting':
      return { status: 'stepping-up' };
    case 'signing-in':
      return { status: 'signing-in' };
    case 'stopped':
      return { status: 'stopped', stop: outcome };
  }
}
