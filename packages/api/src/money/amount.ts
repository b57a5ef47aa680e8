import { minorDigitsOf, type CurrencyCode } from './currencies';
import { parseExactDecimal, rescale, type ExactDecimal } from './exact-decimal';
import { formatAmount, MAX_AMOUNT_MINOR_UNITS, type Money } from './money';

/** The outcome of reading an amount: the value, or a message that completes "amount …". */
export type AmountReading<T> = { ok: true; value: T } | { ok: false; message: string };

const EXAMPLE = '"1234.50"';

/** Longest amount text read; longer text is refused before any arithmetic. */
export const MAX_AMOUNT_TEXT_LENGTH = 32;
const NUMBER_IN_EXPONENT_FORM = /^([0-9])(?:\.([0-9]+))?e([+-][0-9]+)$/;

/**
 * Reads an amount sent as a JSON number or a string, without any floating point arithmetic:
 * - a string must be plain decimal text (`"1234.50"`): no sign, exponent, spaces, separators or
 *   leading zeros;
 * - a number is read through its shortest round-trip text (`String(n)`), which for every amount the
 *   API accepts (at most 15 significant digits) is the number as the client wrote it, trailing zeros
 *   aside: 1234.5 is 1234.5, and 0.1 + 0.2 is 0.30000000000000004;
 * - either way the amount must be greater than zero.
 */
export function readDecimalAmount(input: unknown): AmountReading<ExactDecimal> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      return { ok: false, message: 'must be a finite number' };
    }
    return input > 0 ? { ok: true, value: exactDecimalOfNumber(input) } : notPositive();
  }
  if (typeof input !== 'string') {
    return { ok: false, message: `must be a number or a string of decimal digits such as ${EXAMPLE}` };
  }
  if (input.length > MAX_AMOUNT_TEXT_LENGTH) {
    return { ok: false, message: `must be at most ${MAX_AMOUNT_TEXT_LENGTH} characters long` };
  }
  const decimal = parseExactDecimal(input);
  if (decimal !== undefined) {
    return decimal.coefficient > 0n ? { ok: true, value: decimal } : notPositive();
  }
  if (/^-[0-9.]+$/.test(input)) {
    return notPositive();
  }
  if (/^[0-9.]+[eE][+-]?[0-9]+$/.test(input)) {
    return { ok: false, message: `must be written without an exponent, e.g. "1000" rather than "1e3"` };
  }
  return {
    ok: false,
    message: `must be a decimal number such as ${EXAMPLE}, without sign, spaces, separators or leading zeros`,
  };
}

/**
 * The amount in whole minor units of `currency`: no more digits after the point than the currency
 * has (2 for USD, 0 for JPY, 3 for KWD), and no more than {@link MAX_AMOUNT_MINOR_UNITS} minor units.
 */
export function moneyOf(amount: ExactDecimal, currency: CurrencyCode): AmountReading<Money> {
  const digits = minorDigitsOf(currency);
  if (amount.scale > digits) {
    const message =
      digits === 0
        ? `must be a whole number for ${currency}, which has no minor unit`
        : `must have at most ${digits} digits after the decimal point for ${currency}`;
    return { ok: false, message };
  }
  const minorUnits = rescale(amount, digits);
  if (minorUnits > BigInt(MAX_AMOUNT_MINOR_UNITS)) {
    const maximum = formatAmount({ minorUnits: MAX_AMOUNT_MINOR_UNITS, currency });
    return { ok: false, message: `must not exceed ${maximum} ${currency}` };
  }
  return { ok: true, value: { minorUnits: Number(minorUnits), currency } };
}

/** Reads an amount of `currency` from a request: {@link readDecimalAmount}, then {@link moneyOf}. */
export function parseAmount(input: unknown, currency: CurrencyCode): AmountReading<Money> {
  const decimal = readDecimalAmount(input);
  return decimal.ok ? moneyOf(decimal.value, currency) : decimal;
}

function notPositive(): AmountReading<never> {
  return { ok: false, message: 'must be greater than zero' };
}

/**
 * The exact decimal value of a positive finite number's shortest text, which JavaScript writes in
 * exponent form below 1e-6 and from 1e21 on (`5e-7`, `1.5e+21`).
 */
function exactDecimalOfNumber(value: number): ExactDecimal {
  const text = String(value);
  const exponentForm = NUMBER_IN_EXPONENT_FORM.exec(text);
  if (exponentForm === null) {
    const decimal = parseExactDecimal(text);
    if (decimal === undefined) {
      throw new RangeError(`${text} is not a positive finite number`);
    }
    return decimal;
  }
  const [, whole = '', fraction = '', exponent = '0'] = exponentForm;
  const scale = fraction.length - Number(exponent);
  const coefficient = BigInt(whole + fraction);
  return scale >= 0 ? { coefficient, scale } : { coefficient: coefficient * 10n ** BigInt(-scale), scale: 0 };
}
