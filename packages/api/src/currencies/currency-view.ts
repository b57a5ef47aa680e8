import type { AmountThresholds } from '../money/amount-threshold';
import { CURRENCY_CODES, minorDigitsOf, type CurrencyCode } from '../money/currencies';
import { formatAmount } from '../money/money';

/** A currency as `GET /api/currencies` describes it to clients. */
export interface CurrencyView {
  /** ISO 4217 code, e.g. "USD". */
  readonly code: CurrencyCode;
  /** How many digits may follow the decimal point in an amount: 2 for USD, 0 for JPY, 3 for KWD. */
  readonly minorDigits: number;
  /** Amounts above this one (decimal text in major units) need a recent two-factor sign-in. */
  readonly stepUpThreshold: string;
}

/** Every currency a transaction may use, in code order, with the rules the API applies to its amounts. */
export function currencyViews(thresholds: AmountThresholds): CurrencyView[] {
  return CURRENCY_CODES.map((code) => ({
    code,
    minorDigits: minorDigitsOf(code),
    stepUpThreshold: formatAmount(thresholds[code]),
  }));
}
