import { actionStateOf, StepUpActionState } from '../step-up/action-state';
import { ActionOutcome } from '../step-up/step-up-trip';
import { parseTransaction, Transaction } from './transaction';
import { describeTransactionFailure, TransactionFailure } from './transaction-failure';

/** Where the visitor's latest transaction submission stands. */
export type SubmissionState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  | { readonly status: 'created'; readonly transaction: Transaction }
  | { readonly status: 'failed'; readonly failure: TransactionFailure }
  /** The amount needs a stronger sign-in: on the way to the provider (the form kept), in a window, or stopped. */
  | StepUpActionState;

export function submissionStateOf(outcome: ActionOutcome<unknown>): SubmissionState {
  return actionStateOf<SubmissionState>(outcome, {
    done: (body) => ({ status: 'created', transaction: parseTransaction(body) }),
    failed: (error) => ({ status: 'failed', failure: describeTransactionFailure(error) }),
  });
}
