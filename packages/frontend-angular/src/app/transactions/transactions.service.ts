import { inject, Injectable } from '@angular/core';
import { map, Observable, startWith } from 'rxjs';

import { ActionContext, ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { StepUpService } from '../step-up/step-up.service';
import { TransactionDraft, transactionRequestBody } from './transaction-draft';
import { parseTransactionFormState, TransactionFormState } from './transaction-form-state';
import { TransactionListState, transactionListStateOf } from './transaction-list-state';

export const TRANSACTIONS_PAGE = '/transactions';
export const TRANSACTIONS_API = '/api/transactions';
const CREATE_TRANSACTION = 'create-transaction';

const LIST_TRANSACTIONS: ActionContext = {
  name: 'list-transactions',
  purpose: 'list your transactions',
  returnUrl: TRANSACTIONS_PAGE,
};

/** A creation that waited for a step-up: the form to show again and the replayed request's outcome. */
export interface ResumedCreation {
  readonly formState: TransactionFormState | null;
  readonly outcome: Observable<ActionOutcome<unknown>>;
}

/**
 * The visitor's transactions, through the {@link StepUpService}: a large amount is answered by the API
 * with a step-up challenge, the service redirects once, and after the callback {@link resumeCreation}
 * hands back the form and sends the same request again, with the same `Idempotency-Key`.
 */
@Injectable({ providedIn: 'root' })
export class TransactionsService {
  private readonly stepUp = inject(StepUpService);

  /** `GET /api/transactions`, newest first. */
  list(): Observable<TransactionListState> {
    return this.stepUp
      .send<unknown>({ method: 'GET', url: TRANSACTIONS_API }, LIST_TRANSACTIONS)
      .pipe(map(transactionListStateOf), startWith<TransactionListState>({ status: 'loading' }));
  }

  /** `POST /api/transactions` for a valid draft; `idempotencyKey` names this submission. */
  create(draft: TransactionDraft, idempotencyKey: string): Observable<ActionOutcome<unknown>> {
    const formState: TransactionFormState = { draft, idempotencyKey };
    return this.stepUp.send<unknown>(
      { method: 'POST', url: TRANSACTIONS_API, body: transactionRequestBody(draft), idempotencyKey },
      {
        name: CREATE_TRANSACTION,
        purpose: 'create this transaction',
        returnUrl: TRANSACTIONS_PAGE,
        formState,
      },
    );
  }

  /** The creation that was waiting for a step-up, handed over once; `null` when there is none. */
  resumeCreation(): ResumedCreation | null {
    const resumed = this.stepUp.resume<unknown>(TRANSACTIONS_PAGE, CREATE_TRANSACTION);
    return resumed === null
      ? null
      : { formState: parseTransactionFormState(resumed.formState), outcome: resumed.outcome };
  }

  /** "Try again" after a stopped step-up: one more round trip, for the same submission. */
  stepUpAgain(stop: StepUpStop): Observable<ActionOutcome<never>> {
    return this.stepUp.stepUpAgain(stop);
  }
}
