import { ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { parseTransaction, Transaction } from './transaction';
import { describeTransactionFailure, TransactionFailure } from './transaction-failure';

/** Where the visitor's latest transaction submission stands. */
export type SubmissionState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  /** The amount needs a stronger sign-in; on the way to the provider, the form kept for the return. */
  | { readonly status: 'stepping-up' }
  /** The amount needs a stronger sign-in, done in a sign-in window over the page (popup mode). */
  | { readonly status: 'signing-in' }
  | { readonly status: 'created'; readonly transaction: Transaction }
  | { readonly status: 'stopped'; readonly stop: StepUpStop }
  | { readonly status: 'failed'; readonly failure: TransactionFailure };

export function submissionStateOf(outcome: ActionOutcome<unknown>): SubmissionState {
  switch (outcome.kind) {
    case 'done':
      try {
        return { status: 'created', transaction: parseTransaction(outcome.response.body) };
      } catch (error) {
        return { status: 'failed', failure: describeTransactionFailure(error) };
      }
    case 'failed':
      return { status: 'failed', failure: describeTransactionFailure(outcome.error) };
    case 'redirecting':
      return { status: 'stepping-up' };
    case 'signing-in':
      return { status: 'signing-in' };
    case 'stopped':
      return { status: 'stopped', stop: outcome };
  }
}
