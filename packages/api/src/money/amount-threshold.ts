import { minorDigitsOf } from './currencies';
import { compareExactDecimals, type ExactDecimal } from './exact-decimal';
import type { Money } from './money';

/**
 * Whether `amount` lies above `threshold`, a number of major units that applies in every currency:
 * `amount.minorUnits > threshold × 10^minorDigits(currency)`, compared exactly. An amount equal to
 * the threshold is not above it. With a threshold of 1000: 1000.01 USD and 1001 JPY are above it,
 * 1000.00 USD and 1000 JPY are not.
 */
export function isAboveThreshold(amount: Money, threshold: ExactDecimal): boolean {
  const majorUnits: ExactDecimal = {
    coefficient: BigInt(amount.minorUnits),
    scale: minorDigitsOf(amount.currency),
  };
  return compareExactDecimals(majorUnits, threshold) > 0;
}
