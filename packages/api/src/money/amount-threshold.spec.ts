import { readAmountThresholds } from '../config/amount-thresholds';
import { isAboveThreshold } from './amount-threshold';
import type { CurrencyCode } from './currencies';

// The defaults (1000 USD, 800 CHF, 150000 JPY, 300 KWD, 9500 SEK…), with 250.50 EUR.
const reading = readAmountThresholds('EUR:250.50');
if (!reading.ok) {
  throw new Error(reading.problems.join('; '));
}
const THRESHOLDS = reading.value;

describe('isAboveThreshold', () => {
  it.each<{ description: string; minorUnits: number; currency: CurrencyCode; expected: boolean }>([
    { description: '1000.00 USD against 1000 USD', minorUnits: 100_000, currency: 'USD', expected: false },
    { description: '1000.01 USD against 1000 USD', minorUnits: 100_001, currency: 'USD', expected: true },
    { description: '0.01 USD against 1000 USD', minorUnits: 1, currency: 'USD', expected: false },
    { description: '1001 JPY against 150000 JPY', minorUnits: 1001, currency: 'JPY', expected: false },
    { description: '150000 JPY against 150000 JPY', minorUnits: 150_000, currency: 'JPY', expected: false },
    { description: '150001 JPY against 150000 JPY', minorUnits: 150_001, currency: 'JPY', expected: true },
    { description: '300.000 KWD against 300 KWD', minorUnits: 300_000, currency: 'KWD', expected: false },
    { description: '300.001 KWD against 300 KWD', minorUnits: 300_001, currency: 'KWD', expected: true },
    { description: '250.50 EUR against 250.50 EUR', minorUnits: 25_050, currency: 'EUR', expected: false },
    { description: '250.51 EUR against 250.50 EUR', minorUnits: 25_051, currency: 'EUR', expected: true },
    { description: '1000.00 CHF against 800 CHF', minorUnits: 100_000, currency: 'CHF', expected: true },
    {
      description: 'the largest amount of SEK against 9500 SEK',
      minorUnits: 1_000_000_000_000,
      currency: 'SEK',
      expected: true,
    },
  ])('judges $description: above is $expected', ({ minorUnits, currency, expected }) => {
    expect(isAboveThreshold({ minorUnits, currency }, THRESHOLDS)).toBe(expected);
  });
});
