import { HttpErrorResponse } from '@angular/common/http';

import { serviceUnavailableMessage } from '../service-unavailable';
import { StepUpActionState } from '../step-up/action-state';
import { Message } from './message';

/** Everything the messages page can show. */
export type MessagesState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly messages: readonly Message[] }
  /** A step-up under way or stopped (cancelled, still refused, …): explain, don't loop. */
  | StepUpActionState
  /** 401 without a step-up challenge: the session is gone. */
  | { readonly status: 'signed-out' }
  | { readonly status: 'failed'; readonly message: string };

/** Words for a failed request that is not a step-up challenge. */
export function describeLoadFailure(error: unknown): MessagesState {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 'failed', message: 'The API answered with something other than a list of messages.' };
  }
  if (error.status === 401) {
    return { status: 'signed-out' };
  }
  if (error.status === 0) {
    return {
      status: 'failed',
      message: "The API can't be reached. Check that it is running, then try again.",
    };
  }
  if (error.status === 403) {
    return { status: 'failed', message: "Your account isn't allowed to read these messages." };
  }
  const unavailable = serviceUnavailableMessage(error, 'Try again');
  if (unavailable) {
    return { status: 'failed', message: unavailable };
  }
  if (error.status >= 500) {
    return {
      status: 'failed',
      message: `The API ran into a problem (HTTP ${error.status}). Try again in a moment.`,
    };
  }
  return { status: 'failed', message: `The API refused the request (HTTP ${error.status}).` };
}
