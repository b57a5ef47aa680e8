import { InjectionToken } from '@angular/core';

import { sameRequest, TransactionDraft } from './transaction-draft';

/** Makes a new `Idempotency-Key`; replaced in tests. */
export const NEW_IDEMPOTENCY_KEY = new InjectionToken<() => string>('NEW_IDEMPOTENCY_KEY', {
  providedIn: 'root',
  factory: () => () => crypto.randomUUID(),
});

/** A submission whose outcome is unknown (no answer, 409, 5xx): the API may or may not have created it. */
export interface UnsettledSubmission {
  readonly draft: TransactionDraft;
  readonly idempotencyKey: string;
}

/**
 * The `Idempotency-Key` for submitting `draft`: a new one for every submission, except when the
 * visitor sends the very same details again after an unknown outcome. That is the same submission
 * retried, and the same key makes the API return the transaction it may already have created.
 */
export function idempotencyKeyFor(
  draft: TransactionDraft,
  unsettled: UnsettledSubmission | null,
  newKey: () => string,
): string {
  return unsettled !== null && sameRequest(unsettled.draft, draft) ? unsettled.idempotencyKey : newKey();
}
