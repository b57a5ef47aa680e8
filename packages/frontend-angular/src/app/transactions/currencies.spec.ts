import { CURRENCY_CODES, currencyLabel, isSupportedCurrency, minorDigitsOf } from './currencies';

describe('currencies', () => {
  it("lists the API's currencies", () => {
    expect(CURRENCY_CODES).toEqual(['CHF', 'EUR', 'GBP', 'JPY', 'KWD', 'SEK', 'USD']);
  });

  it.each([
    { input: 'USD', expected: true },
    { input: 'usd', expected: false },
    { input: 'XYZ', expected: false },
    { input: 'toString', expected: false },
    { input: 7, expected: false },
  ])('says $input is supported: $expected', ({ input, expected }) => {
    expect(isSupportedCurrency(input)).toBe(expected);
  });

  it.each([
    { currency: 'USD' as const, expected: 2 },
    { currency: 'JPY' as const, expected: 0 },
    { currency: 'KWD' as const, expected: 3 },
  ])('gives $currency $expected minor digits', ({ currency, expected }) => {
    expect(minorDigitsOf(currency)).toBe(expected);
  });

  it('names a currency with its code for the select', () => {
    expect(currencyLabel('EUR', 'en-US')).toBe('Euro (EUR)');
  });
});
