import { HttpErrorResponse } from '@angular/common/http';

import { serviceUnavailableMessage } from '../service-unavailable';
import { actionStateOf, StepUpActionState } from '../step-up/action-state';
import { ActionOutcome } from '../step-up/step-up-trip';
import { parseTransactions, Transaction } from './transaction';

/** What the list of the visitor's transactions shows. */
export type TransactionListState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly transactions: readonly Transaction[] }
  | StepUpActionState
  | { readonly status: 'failed'; readonly message: string };

export function transactionListStateOf(outcome: ActionOutcome<unknown>): TransactionListState {
  return actionStateOf<TransactionListState>(outcome, {
    done: (body) => ({ status: 'loaded', transactions: parseTransactions(body) }),
    failed: (error) => ({ status: 'failed', message: describeListFailure(error) }),
  });
}

export function describeListFailure(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) {
    return 'The API answered with something other than a list of transactions.';
  }
  if (error.status === 0) {
    return "Your transactions can't be loaded: the API can't be reached.";
  }
  if (error.status === 401) {
    return 'Your session has ended. Sign in again to see your transactions.';
  }
  return (
    serviceUnavailableMessage(error, 'Load again') ??
    `Your transactions can't be loaded (HTTP ${error.status}).`
  );
}
