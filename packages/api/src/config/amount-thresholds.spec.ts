import { readAmountThresholds } from './amount-thresholds';

const DEFAULTS = {
  CHF: { minorUnits: 80_000, currency: 'CHF' },
  EUR: { minorUnits: 85_000, currency: 'EUR' },
  GBP: { minorUnits: 75_000, currency: 'GBP' },
  JPY: { minorUnits: 150_000, currency: 'JPY' },
  KWD: { minorUnits: 300_000, currency: 'KWD' },
  SEK: { minorUnits: 950_000, currency: 'SEK' },
  USD: { minorUnits: 100_000, currency: 'USD' },
};

describe('readAmountThresholds', () => {
  it.each([
    { description: 'keeps every default when empty', input: '', expected: DEFAULTS },
    { description: 'keeps every default when blank', input: '  ', expected: DEFAULTS },
    {
      description: 'replaces the currencies it names',
      input: 'USD:50, JPY:7500',
      expected: {
        ...DEFAULTS,
        USD: { minorUnits: 5000, currency: 'USD' },
        JPY: { minorUnits: 7500, currency: 'JPY' },
      },
    },
    {
      description: 'reads minor units exactly',
      input: 'EUR:250.50,KWD:0.125',
      expected: {
        ...DEFAULTS,
        EUR: { minorUnits: 25_050, currency: 'EUR' },
        KWD: { minorUnits: 125, currency: 'KWD' },
      },
    },
  ])('$description', ({ input, expected }) => {
    expect(readAmountThresholds(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    {
      description: 'a bare amount',
      input: '1000',
      expected: ['must list CODE:amount pairs such as USD:1000,JPY:150000 (got "1000")'],
    },
    {
      description: 'an empty entry',
      input: 'USD:1000,,EUR:900',
      expected: ['must list CODE:amount pairs such as USD:1000,JPY:150000 (got "")'],
    },
    {
      description: 'an unsupported currency',
      input: 'AUD:1500',
      expected: [
        'names "AUD", which is not one of CHF, EUR, GBP, JPY, KWD, SEK, USD (ISO 4217, in capitals)',
      ],
    },
    {
      description: 'a code in lower case',
      input: 'usd:1000',
      expected: [
        'names "usd", which is not one of CHF, EUR, GBP, JPY, KWD, SEK, USD (ISO 4217, in capitals)',
      ],
    },
    { description: 'a currency named twice', input: 'USD:1000,USD:900', expected: ['names USD twice'] },
    {
      description: 'more digits than the currency has',
      input: 'JPY:1000.5',
      expected: [
        'gives JPY an amount that must be a whole number for JPY, which has no minor unit (got "JPY:1000.5")',
      ],
    },
    {
      description: 'zero',
      input: 'USD:0',
      expected: ['gives USD an amount that must be greater than zero (got "USD:0")'],
    },
    {
      description: 'an exponent',
      input: 'USD:1e3',
      expected: [
        'gives USD an amount that must be written without an exponent, e.g. "1000" rather than "1e3" (got "USD:1e3")',
      ],
    },
    {
      description: 'every bad entry at once',
      input: 'USD:-5,XXX:1,EUR',
      expected: [
        'gives USD an amount that must be greater than zero (got "USD:-5")',
        'names "XXX", which is not one of CHF, EUR, GBP, JPY, KWD, SEK, USD (ISO 4217, in capitals)',
        'must list CODE:amount pairs such as USD:1000,JPY:150000 (got "EUR")',
      ],
    },
  ])('refuses $description', ({ input, expected }) => {
    expect(readAmountThresholds(input)).toEqual({ ok: false, problems: expected });
  });
});
