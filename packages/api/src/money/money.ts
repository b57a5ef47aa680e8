import { minorDigitsOf, type CurrencyCode } from './currencies';

/** An amount of money, exactly: a whole number of the currency's minor units (cents, fils, yen). */
export interface Money {
  readonly minorUnits: number;
  readonly currency: CurrencyCode;
}

/** Largest amount accepted, in minor units of any currency: well inside Number.MAX_SAFE_INTEGER. */
export const MAX_AMOUNT_MINOR_UNITS = 1_000_000_000_000;

/**
 * The amount in major units as plain decimal text with exactly the currency's minor digits:
 * 123450 USD → "1234.50", 5 USD → "0.05", 1000 JPY → "1000", 1234 KWD → "1.234".
 */
export function formatAmount({ minorUnits, currency }: Money): string {
  const digits = minorDigitsOf(currency);
  const text = String(minorUnits).padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
