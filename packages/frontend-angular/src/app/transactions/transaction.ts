/** A transaction as `GET /api/transactions` and `POST /api/transactions` return it. */
export interface Transaction {
  readonly id: string;
  /** Decimal text in major units with the currency's minor digits, e.g. "1234.50". */
  readonly amount: string;
  readonly currency: string;
  readonly payee: string;
  readonly memo: string | null;
  /** ISO 8601. */
  readonly createdAt: string;
}

/** Checks the API's answer really is a transaction before the page shows it. */
export function parseTransaction(body: unknown): Transaction {
  if (!isTransaction(body)) {
    throw new TypeError('The API answered with something other than a transaction.');
  }
  const { id, amount, currency, payee, memo, createdAt } = body;
  return { id, amount, currency, payee, memo, createdAt };
}

/** Checks the API's answer is a list of transactions; `null` (no body) is an empty list. */
export function parseTransactions(body: unknown): Transaction[] {
  if (body === null) {
    return [];
  }
  if (!Array.isArray(body)) {
    throw new TypeError('The API answered with something other than a list of transactions.');
  }
  return body.map(parseTransaction);
}

function isTransaction(value: unknown): value is Transaction {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { id, amount, currency, payee, memo, createdAt } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof amount === 'string' &&
    typeof currency === 'string' &&
    typeof payee === 'string' &&
    (memo === null || typeof memo === 'string') &&
    typeof createdAt === 'string' &&
    !Number.isNaN(Date.parse(createdAt))
  );
}
