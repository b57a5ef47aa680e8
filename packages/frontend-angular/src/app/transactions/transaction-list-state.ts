import { HttpErrorResponse } from '@angular/common/http';

import { ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { parseTransactions, Transaction } from './transaction';

/** What the list of the visitor's transactions shows. */
export type TransactionListState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly transactions: readonly Transaction[] }
  | { readonly status: 'stepping-up' }
  | { readonly status: 'signing-in' }
  | { readonly status: 'step-up-stopped'; readonly stop: StepUpStop }
  | { readonly status: 'failed'; readonly message: string };

export function transactionListStateOf(outcome: ActionOutcome<unknown>): TransactionListState {
  switch (outcome.kind) {
    case 'done':
      try {
        return { status: 'loaded', transactions: parseTransactions(outcome.response.body) };
      } catch {
        return {
          status: 'failed',
          message: 'The API answered with something other than a list of transactions.',
        };
      }
    case 'failed':
      return { status: 'failed', message: describeListFailure(outcome.error) };
    case 'redirecting':
      return { status: 'stepping-up' };
    case 'signing-in':
      return { status: 'signing-in' };
    case 'stopped':
      return { status: 'step-up-stopped', stop: outcome };
  }
}

function describeListFailure(error: unknown): string {
  if (!(error instanceof HttpErrorResponse) || error.status === 0) {
    return "Your transactions can't be loaded: the API can't be reached.";
  }
  if (error.status === 401) {
    return 'Your session has ended. Sign in again to see your transactions.';
  }
  return `Your transactions can't be loaded (HTTP ${error.status}).`;
}
