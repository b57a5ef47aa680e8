/** The transaction form as the visitor typed it: text, untrimmed, not yet checked. */
export interface TransactionDraft {
  readonly amount: string;
  readonly currency: string;
  readonly payee: string;
  readonly memo: string;
}

export type TransactionField = keyof TransactionDraft;

export const TRANSACTION_FIELDS: readonly TransactionField[] = ['amount', 'currency', 'payee', 'memo'];

/** One message per field the API refused, written for people ("Payee must not be empty."). */
export type TransactionFieldErrors = Partial<Record<TransactionField, string>>;

export function emptyDraft(currency = ''): TransactionDraft {
  return { amount: '', currency, payee: '', memo: '' };
}

/** The body of `POST /api/transactions` for a valid draft: trimmed text, the amount as exact decimal text, no empty memo. */
export function transactionRequestBody(draft: TransactionDraft): Record<string, string> {
  const memo = draft.memo.trim();
  return {
    amount: draft.amount.trim(),
    currency: draft.currency,
    payee: draft.payee.trim(),
    ...(memo === '' ? {} : { memo }),
  };
}

/** Whether two drafts ask for the same transaction (what the API would see, not how it was typed). */
export function sameRequest(a: TransactionDraft, b: TransactionDraft): boolean {
  return JSON.stringify(transactionRequestBody(a)) === JSON.stringify(transactionRequestBody(b));
}
