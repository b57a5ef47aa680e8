import { HttpErrorResponse } from '@angular/common/http';

import { serviceUnavailableMessage } from '../service-unavailable';
import { TRANSACTION_FIELDS, TransactionField, TransactionFieldErrors } from './transaction-draft';

/** What the page shows when a transaction was not created, and whether the next attempt is the same submission. */
export interface TransactionFailure {
  readonly message: string;
  /** The API's field-level errors (400), shown beside the fields. */
  readonly fieldErrors: TransactionFieldErrors;
  /**
   * Whether the outcome is unknown (no answer, 409, 5xx): sending the same details again must reuse
   * the `Idempotency-Key`, so that a transaction the API did create is returned instead of repeated.
   */
  readonly outcomeUnknown: boolean;
}

const LABELS: Readonly<Record<TransactionField, string>> = {
  amount: 'Amount',
  currency: 'Currency',
  payee: 'Payee',
  memo: 'Memo',
};

export function describeTransactionFailure(error: unknown): TransactionFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return failure('The API answered with something other than a transaction. Check the list below.', true);
  }
  switch (error.status) {
    case 400:
      return invalidRequest(error.error);
    case 0:
      return failure(
        "The API can't be reached. Check your connection, then send the transaction again.",
        true,
      );
    case 401:
      return failure('Your session has ended. Sign in again, then send the transaction.', false);
    case 409:
      return failure(
        'This transaction is still being processed. Wait a moment, then send it again: it will not be created twice.',
        true,
      );
    case 422:
      return failure(
        'This submission was already used for other details. Send the transaction again.',
        false,
      );
  }
  // Nothing was created: the API could not check the token. The same key again is harmless either way.
  const unavailable = serviceUnavailableMessage(error, 'Send the transaction again');
  if (unavailable) {
    return failure(unavailable, true);
  }
  if (error.status >= 500) {
    return failure(
      `The API ran into a problem (HTTP ${error.status}). Send the transaction again in a moment: it will not be created twice.`,
      true,
    );
  }
  return failure(`The API refused the transaction (HTTP ${error.status}).`, false);
}

/** A 400 body `{ error, error_description, errors: [{ field, message }] }`, messages completing "<field> …". */
function invalidRequest(body: unknown): TransactionFailure {
  const fieldErrors: TransactionFieldErrors = {};
  const others: string[] = [];
  for (const { field, message } of fieldErrorsIn(body)) {
    const known = TRANSACTION_FIELDS.find((candidate) => candidate === field);
    if (known === undefined) {
      others.push(field === '' ? `The request ${message}.` : `${field} ${message}.`);
    } else {
      fieldErrors[known] ??= `${LABELS[known]} ${message}.`;
    }
  }
  const message =
    Object.keys(fieldErrors).length > 0
      ? ['The API did not accept the transaction. Check the fields marked below.', ...others].join(' ')
      : ['The API did not accept the transaction.', ...others].join(' ');
  return { message, fieldErrors, outcomeUnknown: false };
}

function fieldErrorsIn(body: unknown): Array<{ field: string; message: string }> {
  const errors =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['errors'] : undefined;
  if (!Array.isArray(errors)) {
    return [];
  }
  return errors.filter(
    (entry): entry is { field: string; message: string } =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as Record<string, unknown>)['field'] === 'string' &&
      typeof (entry as Record<string, unknown>)['message'] === 'string',
  );
}

function failure(message: string, outcomeUnknown: boolean): TransactionFailure {
  return { message, fieldErrors: {}, outcomeUnknown };
}
