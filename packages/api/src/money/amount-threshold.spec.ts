import { isAboveThreshold } from './amount-threshold';
import type { CurrencyCode } from './currencies';
import { parseExactDecimal, type ExactDecimal } from './exact-decimal';

const decimal = (text: string): ExactDecimal => parseExactDecimal(text)!;

describe('isAboveThreshold', () => {
  it.each<{
    description: string;
    minorUnits: number;
    currency: CurrencyCode;
    threshold: string;
    expected: boolean;
  }>([
    {
      description: '1000.00 USD against 1000',
      minorUnits: 100_000,
      currency: 'USD',
      threshold: '1000',
      expected: false,
    },
    {
      description: '1000.01 USD against 1000',
      minorUnits: 100_001,
      currency: 'USD',
      threshold: '1000',
      expected: true,
    },
    {
      description: '999.99 USD against 1000',
      minorUnits: 99_999,
      currency: 'USD',
      threshold: '1000',
      expected: false,
    },
    {
      description: '0.01 USD against 1000',
      minorUnits: 1,
      currency: 'USD',
      threshold: '1000',
      expected: false,
    },
    {
      description: '1000 JPY against 1000',
      minorUnits: 1000,
      currency: 'JPY',
      threshold: '1000',
      expected: false,
    },
    {
      description: '1001 JPY against 1000',
      minorUnits: 1001,
      currency: 'JPY',
      threshold: '1000',
      expected: true,
    },
    {
      description: '1000.000 KWD against 1000',
      minorUnits: 1_000_000,
      currency: 'KWD',
      threshold: '1000',
      expected: false,
    },
    {
      description: '1000.001 KWD against 1000',
      minorUnits: 1_000_001,
      currency: 'KWD',
      threshold: '1000',
      expected: true,
    },
    {
      description: '250.50 EUR against 250.5',
      minorUnits: 25_050,
      currency: 'EUR',
      threshold: '250.5',
      expected: false,
    },
    {
      description: '250.51 EUR against 250.5',
      minorUnits: 25_051,
      currency: 'EUR',
      threshold: '250.5',
      expected: true,
    },
    {
      description: '1000 JPY against 999.99',
      minorUnits: 1000,
      currency: 'JPY',
      threshold: '999.99',
      expected: true,
    },
    {
      description: '999 JPY against 999.99',
      minorUnits: 999,
      currency: 'JPY',
      threshold: '999.99',
      expected: false,
    },
    {
      description: '0.01 GBP against 0.001',
      minorUnits: 1,
      currency: 'GBP',
      threshold: '0.001',
      expected: true,
    },
    {
      description: 'the largest amount against 1000',
      minorUnits: 1_000_000_000_000,
      currency: 'USD',
      threshold: '1000',
      expected: true,
    },
  ])('judges $description: above is $expected', ({ minorUnits, currency, threshold, expected }) => {
    expect(isAboveThreshold({ minorUnits, currency }, decimal(threshold))).toBe(expected);
  });
});
