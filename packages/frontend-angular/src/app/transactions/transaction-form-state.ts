import { TransactionDraft } from './transaction-draft';

/**
 * What the transactions page registers with its pending action, to show the form again after the
 * step-up redirect: the draft as typed and the `Idempotency-Key` of the submission it belongs to.
 */
export interface TransactionFormState {
  readonly draft: TransactionDraft;
  readonly idempotencyKey: string;
}

const MAX_FIELD_LENGTH = 1000;

/**
 * Reads a form state back from storage. It comes from sessionStorage, so it is checked member by
 * member; anything else (missing fields, wrong types, oversized text) restores nothing.
 */
export function parseTransactionFormState(value: unknown): TransactionFormState | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const { draft, idempotencyKey } = value as Record<string, unknown>;
  if (
    typeof idempotencyKey !== 'string' ||
    idempotencyKey === '' ||
    typeof draft !== 'object' ||
    draft === null
  ) {
    return null;
  }
  const { amount, currency, payee, memo } = draft as Record<string, unknown>;
  const fields = [amount, currency, payee, memo];
  if (
    !fields.every((field): field is string => typeof field === 'string' && field.length <= MAX_FIELD_LENGTH)
  ) {
    return null;
  }
  return {
    draft: {
      amount: amount as string,
      currency: currency as string,
      payee: payee as string,
      memo: memo as string,
    },
    idempotencyKey,
  };
}
