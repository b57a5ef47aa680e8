import { formatAmount, type Money } from '../money/money';

/** What a client asks for when it creates a transaction, once validated. */
export interface TransactionRequest {
  amount: Money;
  payee: string;
  memo: string | null;
}

/** A transaction as stored: the request, whose it is (see resourceOwnerOf), its id and creation time. */
export interface Transaction extends TransactionRequest {
  id: string;
  owner: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** A transaction as the API returns it: the amount as decimal text in major units, times in ISO 8601. */
export interface TransactionView {
  id: string;
  amount: string;
  currency: string;
  payee: string;
  memo: string | null;
  createdAt: string;
}

export function viewOf(transaction: Transaction): TransactionView {
  return {
    id: transaction.id,
    amount: formatAmount(transaction.amount),
    currency: transaction.amount.currency,
    payee: transaction.payee,
    memo: transaction.memo,
    createdAt: new Date(transaction.createdAt).toISOString(),
  };
}
