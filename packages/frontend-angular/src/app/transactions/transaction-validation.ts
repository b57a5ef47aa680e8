import { CurrencyCode, isSupportedCurrency, minorDigitsOf } from './currencies';
import { TransactionDraft, TransactionField } from './transaction-draft';

/** One message per field in error, written for people ("Enter a payee."). */
export type TransactionFieldErrors = Partial<Record<TransactionField, string>>;

export const MAX_PAYEE_LENGTH = 100;
export const MAX_MEMO_LENGTH = 140;
/** Largest amount the API accepts, in minor units of any currency. */
export const MAX_AMOUNT_MINOR_UNITS = 1_000_000_000_000n;
const MAX_AMOUNT_TEXT_LENGTH = 32;

/** Plain decimal notation, as the API reads it: no sign, exponent, separators or leading zeros. */
const DECIMAL_TEXT = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;
const CONTROL = /\p{Cc}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Checks a draft by the API's rules for `POST /api/transactions`, so that most mistakes are caught
 * before anything is sent (the API checks again, and its 400 answers are shown the same way).
 */
export function validateTransactionDraft(draft: TransactionDraft): TransactionFieldErrors {
  const errors: TransactionFieldErrors = {};
  const currency = isSupportedCurrency(draft.currency) ? draft.currency : null;
  if (currency === null) {
    errors.currency = 'Choose a currency.';
  }
  const amount = amountProblem(draft.amount.trim(), currency);
  if (amount !== null) {
    errors.amount = amount;
  }
  const payee = textProblem('payee', draft.payee.trim(), 1, MAX_PAYEE_LENGTH);
  if (payee !== null) {
    errors.payee = payee;
  }
  const memo = textProblem('memo', draft.memo.trim(), 0, MAX_MEMO_LENGTH);
  if (memo !== null) {
    errors.memo = memo;
  }
  return errors;
}

function amountProblem(text: string, currency: CurrencyCode | null): string | null {
  if (text === '') {
    return 'Enter an amount.';
  }
  const match = text.length <= MAX_AMOUNT_TEXT_LENGTH ? DECIMAL_TEXT.exec(text) : null;
  if (match === null) {
    return 'Enter the amount in digits, such as 1234.50, without a sign, spaces or thousands separators.';
  }
  const [, whole = '', fraction = ''] = match;
  if (BigInt(whole + fraction) === 0n) {
    return 'The amount must be greater than zero.';
  }
  if (currency === null) {
    return null;
  }
  const digits = minorDigitsOf(currency);
  if (fraction.length > digits) {
    return digits === 0
      ? `${currency} amounts are whole numbers, without a decimal point.`
      : `${currency} amounts have at most ${digits} digits after the decimal point.`;
  }
  const minorUnits = BigInt(whole + fraction.padEnd(digits, '0'));
  if (minorUnits > MAX_AMOUNT_MINOR_UNITS) {
    return `The amount can be at most ${majorUnits(MAX_AMOUNT_MINOR_UNITS, digits)} ${currency}.`;
  }
  return null;
}

function textProblem(
  field: 'payee' | 'memo',
  text: string,
  minLength: number,
  maxLength: number,
): string | null {
  const name = field === 'payee' ? 'The payee' : 'The memo';
  if (LONE_SURROGATE.test(text)) {
    return `${name} contains characters that aren't valid text.`;
  }
  if (CONTROL.test(text)) {
    return `${name} can't contain line breaks, tabs or other control characters.`;
  }
  if (BIDI_CONTROL.test(text)) {
    return `${name} can't contain characters that change the direction of text.`;
  }
  const length = [...text].length;
  if (length < minLength) {
    return 'Enter a payee.';
  }
  if (length > maxLength) {
    return `${name} can be at most ${maxLength} characters long (it has ${length}).`;
  }
  return null;
}

function majorUnits(minorUnits: bigint, digits: number): string {
  const text = minorUnits.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
