import type { CurrencyCode } from './currencies';
import { formatAmount } from './money';

describe('formatAmount', () => {
  it.each<{ minorUnits: number; currency: CurrencyCode; expected: string }>([
    { minorUnits: 123_450, currency: 'USD', expected: '1234.50' },
    { minorUnits: 5, currency: 'USD', expected: '0.05' },
    { minorUnits: 100, currency: 'EUR', expected: '1.00' },
    { minorUnits: 1000, currency: 'JPY', expected: '1000' },
    { minorUnits: 1, currency: 'JPY', expected: '1' },
    { minorUnits: 1234, currency: 'KWD', expected: '1.234' },
    { minorUnits: 7, currency: 'KWD', expected: '0.007' },
    { minorUnits: 1_000_000_000_000, currency: 'SEK', expected: '10000000000.00' },
  ])('writes $minorUnits minor units of $currency as $expected', ({ minorUnits, currency, expected }) => {
    expect(formatAmount({ minorUnits, currency })).toBe(expected);
  });
});
