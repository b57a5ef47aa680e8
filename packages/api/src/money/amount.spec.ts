import { parseAmount, type AmountReading } from './amount';
import type { CurrencyCode } from './currencies';
import type { Money } from './money';

const NOT_POSITIVE = 'must be greater than zero';
const NOT_DECIMAL =
  'must be a decimal number such as "1234.50", without sign, spaces, separators or leading zeros';
const USD_DIGITS = 'must have at most 2 digits after the decimal point for USD';

interface Case {
  description: string;
  input: unknown;
  currency: CurrencyCode;
  expected: AmountReading<Money>;
}

const accepted = (minorUnits: number, currency: CurrencyCode): AmountReading<Money> => ({
  ok: true,
  value: { minorUnits, currency },
});
const refused = (message: string): AmountReading<Money> => ({ ok: false, message });

describe('parseAmount', () => {
  it.each<Case>([
    {
      description: 'a decimal string with cents',
      input: '1234.50',
      currency: 'USD',
      expected: accepted(123_450, 'USD'),
    },
    {
      description: 'a decimal string without cents',
      input: '1000',
      currency: 'USD',
      expected: accepted(100_000, 'USD'),
    },
    {
      description: 'a decimal string with one digit',
      input: '0.1',
      currency: 'EUR',
      expected: accepted(10, 'EUR'),
    },
    {
      description: 'a leading zero before the point',
      input: '0.10',
      currency: 'USD',
      expected: accepted(10, 'USD'),
    },
    { description: 'one cent', input: '0.01', currency: 'USD', expected: accepted(1, 'USD') },
    {
      description: 'a JSON number with cents',
      input: 1234.5,
      currency: 'USD',
      expected: accepted(123_450, 'USD'),
    },
    { description: 'the number 0.1', input: 0.1, currency: 'USD', expected: accepted(10, 'USD') },
    { description: 'the number 0.3', input: 0.3, currency: 'USD', expected: accepted(30, 'USD') },
    {
      description: 'the number 1.1 (1.1 * 100 is 110.00000000000001)',
      input: 1.1,
      currency: 'USD',
      expected: accepted(110, 'USD'),
    },
    {
      description: 'the number 4.35 (4.35 * 100 is 434.99999999999994)',
      input: 4.35,
      currency: 'USD',
      expected: accepted(435, 'USD'),
    },
    {
      description: 'the number 1e3, which JSON.parse reads as 1000',
      input: 1e3,
      currency: 'USD',
      expected: accepted(100_000, 'USD'),
    },
    { description: 'whole yen', input: '10', currency: 'JPY', expected: accepted(10, 'JPY') },
    { description: 'yen as a number', input: 1500, currency: 'JPY', expected: accepted(1500, 'JPY') },
    {
      description: 'dinars with three digits',
      input: '1.234',
      currency: 'KWD',
      expected: accepted(1234, 'KWD'),
    },
    {
      description: 'the largest dollar amount',
      input: '10000000000.00',
      currency: 'USD',
      expected: accepted(1e12, 'USD'),
    },
    { description: 'the largest yen amount', input: 1e12, currency: 'JPY', expected: accepted(1e12, 'JPY') },
  ])('accepts $description', ({ input, currency, expected }) => {
    expect(parseAmount(input, currency)).toEqual(expected);
  });

  it.each<Case>([
    { description: '0.1 + 0.2', input: 0.1 + 0.2, currency: 'USD', expected: refused(USD_DIGITS) },
    { description: '"1.005" in USD', input: '1.005', currency: 'USD', expected: refused(USD_DIGITS) },
    { description: '1.005 in USD', input: 1.005, currency: 'USD', expected: refused(USD_DIGITS) },
    {
      description: '"1.500", trailing zero and all, in USD',
      input: '1.500',
      currency: 'USD',
      expected: refused(USD_DIGITS),
    },
    {
      description: '"10.5" in JPY',
      input: '10.5',
      currency: 'JPY',
      expected: refused('must be a whole number for JPY, which has no minor unit'),
    },
    {
      description: '"1.2345" in KWD',
      input: '1.2345',
      currency: 'KWD',
      expected: refused('must have at most 3 digits after the decimal point for KWD'),
    },
    {
      description: 'a tiny number written with an exponent',
      input: 5e-7,
      currency: 'KWD',
      expected: refused('must have at most 3 digits after the decimal point for KWD'),
    },
    {
      description: '"1e3"',
      input: '1e3',
      currency: 'USD',
      expected: refused('must be written without an exponent, e.g. "1000" rather than "1e3"'),
    },
    { description: '"-5"', input: '-5', currency: 'USD', expected: refused(NOT_POSITIVE) },
    { description: '-5', input: -5, currency: 'USD', expected: refused(NOT_POSITIVE) },
    { description: '"0"', input: '0', currency: 'USD', expected: refused(NOT_POSITIVE) },
    { description: '"0.00"', input: '0.00', currency: 'USD', expected: refused(NOT_POSITIVE) },
    { description: '0', input: 0, currency: 'USD', expected: refused(NOT_POSITIVE) },
    { description: '-0', input: -0, currency: 'USD', expected: refused(NOT_POSITIVE) },
    { description: '"00.10"', input: '00.10', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '"+5"', input: '+5', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '".5"', input: '.5', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '"5."', input: '5.', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '" 5"', input: ' 5', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '"1,000.00"', input: '1,000.00', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '"12 USD"', input: '12 USD', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: 'an empty string', input: '', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: '"NaN"', input: 'NaN', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: 'Arabic-Indic digits', input: '١٠', currency: 'USD', expected: refused(NOT_DECIMAL) },
    { description: 'NaN', input: Number.NaN, currency: 'USD', expected: refused('must be a finite number') },
    {
      description: 'Infinity',
      input: Infinity,
      currency: 'USD',
      expected: refused('must be a finite number'),
    },
    {
      description: 'one cent over the largest dollar amount',
      input: '10000000000.01',
      currency: 'USD',
      expected: refused('must not exceed 10000000000.00 USD'),
    },
    {
      description: 'a number too large for plain notation',
      input: 1e21,
      currency: 'JPY',
      expected: refused('must not exceed 1000000000000 JPY'),
    },
    {
      description: 'a number beyond Number.MAX_SAFE_INTEGER',
      input: 2 ** 60,
      currency: 'USD',
      expected: refused('must not exceed 10000000000.00 USD'),
    },
    {
      description: 'a string of 33 digits',
      input: '1'.repeat(33),
      currency: 'USD',
      expected: refused('must be at most 32 characters long'),
    },
    ...[true, null, {}, [], ['10']].map((input) => ({
      description: JSON.stringify(input),
      input,
      currency: 'USD' as const,
      expected: refused('must be a number or a string of decimal digits such as "1234.50"'),
    })),
  ])('refuses $description', ({ input, currency, expected }) => {
    expect(parseAmount(input, currency)).toEqual(expected);
  });
});
