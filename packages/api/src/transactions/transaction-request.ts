import { z } from 'zod';
import { moneyOf, readDecimalAmount } from '../money/amount';
import { CURRENCY_CODES } from '../money/currencies';
import { plainText } from '../validation/plain-text';
import type { TransactionRequest } from './transaction';

export const MAX_PAYEE_LENGTH = 100;
export const MAX_MEMO_LENGTH = 140;

const amount = z.unknown().transform((input, context) => {
  if (input === undefined) {
    context.addIssue({ code: 'custom', message: 'is required', input });
    return z.NEVER;
  }
  const reading = readDecimalAmount(input);
  if (!reading.ok) {
    context.addIssue({ code: 'custom', message: reading.message, input });
    return z.NEVER;
  }
  return reading.value;
});

const currency = z.enum(CURRENCY_CODES, {
  error: (issue) =>
    issue.input === undefined
      ? 'is required'
      : `must be one of ${CURRENCY_CODES.join(', ')} (ISO 4217, in capitals)`,
});

/**
 * The body of `POST /api/transactions`: `{ amount, currency, payee, memo? }`, nothing else.
 * - `amount`: a JSON number or a decimal string, greater than zero, with at most the currency's minor
 *   digits (see readDecimalAmount and moneyOf);
 * - `currency`: one of the supported ISO 4217 codes;
 * - `payee`: 1–100 characters, `memo`: up to 140 (null, empty or absent for none), both single-line
 *   text, trimmed.
 * Every problem is reported against its field; the amount's digits are checked against the currency
 * as soon as both are otherwise valid.
 */
export const transactionRequestSchema = z
  .strictObject(
    {
      amount,
      currency,
      payee: plainText({ minLength: 1, maxLength: MAX_PAYEE_LENGTH }),
      memo: plainText({ minLength: 0, maxLength: MAX_MEMO_LENGTH }).nullish(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'must be a JSON object' : undefined) },
  )
  .superRefine(
    (body, context) => {
      const money = moneyOf(body.amount, body.currency);
      if (!money.ok) {
        context.addIssue({ code: 'custom', path: ['amount'], message: money.message, input: body.amount });
      }
    },
    { when: ({ issues }) => !issues.some(blocksAmountCheck) },
  )
  // Reached only when the checks above found the amount fine; total all the same, so no input makes it throw.
  .transform((body, context): TransactionRequest => {
    const money = moneyOf(body.amount, body.currency);
    if (!money.ok) {
      context.addIssue({ code: 'custom', path: ['amount'], message: money.message, input: body.amount });
      return z.NEVER;
    }
    return { amount: money.value, payee: body.payee, memo: body.memo === '' ? null : (body.memo ?? null) };
  });

/** Whether an issue leaves nothing to check the amount against: a bad amount, currency or body. */
function blocksAmountCheck(issue: { code?: string; path?: readonly PropertyKey[] }): boolean {
  if (issue.code === 'unrecognized_keys') {
    return false;
  }
  const [field] = issue.path ?? [];
  return field === undefined || field === 'amount' || field === 'currency';
}
