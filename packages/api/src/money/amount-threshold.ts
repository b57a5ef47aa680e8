import type { CurrencyCode } from './currencies';
import type { Money } from './money';

/**
 * For every supported currency, the amount above which a transaction needs step-up, in that currency:
 * one threshold per currency, so that it means about the same value whatever the currency (1000 USD
 * and 150000 JPY, rather than 1000 of each).
 */
export type AmountThresholds = Readonly<Record<CurrencyCode, Money>>;

/** Whether `amount` lies above its currency's threshold. An amount equal to the threshold is not above it. */
export function isAboveThreshold(amount: Money, thresholds: AmountThresholds): boolean {
  return amount.minorUnits > thresholds[amount.currency].minorUnits;
}
