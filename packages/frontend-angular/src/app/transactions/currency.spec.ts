import { currencyLabel, parseCurrencies } from './currency';

const USD = { code: 'USD', minorDigits: 2, stepUpThreshold: '1000.00' };
const JPY = { code: 'JPY', minorDigits: 0, stepUpThreshold: '150000' };

describe('parseCurrencies', () => {
  it('reads the API’s list as it came, in its order, dropping unknown members', () => {
    expect(parseCurrencies([{ ...USD, name: 'dollar' }, JPY])).toEqual([USD, JPY]);
  });

  it.each([
    { description: 'no body', body: null },
    { description: 'an object', body: { currencies: [USD] } },
    { description: 'an empty list', body: [] },
    { description: 'a lower-case code', body: [{ ...USD, code: 'usd' }] },
    { description: 'a code that is not three letters', body: [{ ...USD, code: 'USDT' }] },
    { description: 'fractional minor digits', body: [{ ...USD, minorDigits: 1.5 }] },
    { description: 'negative minor digits', body: [{ ...USD, minorDigits: -1 }] },
    { description: 'minor digits as text', body: [{ ...USD, minorDigits: '2' }] },
    { description: 'a threshold as a number', body: [{ ...USD, stepUpThreshold: 1000 }] },
    { description: 'a threshold in exponent form', body: [{ ...USD, stepUpThreshold: '1e3' }] },
    { description: 'one bad entry among good ones', body: [USD, { code: 'EUR' }] },
  ])('refuses $description', ({ body }) => {
    expect(() => parseCurrencies(body)).toThrow(
      new TypeError('The API answered with something other than a list of currencies.'),
    );
  });
});

describe('currencyLabel', () => {
  it.each([
    { code: 'EUR', expected: 'Euro (EUR)' },
    { code: 'JPY', expected: 'Japanese Yen (JPY)' },
    { code: 'XYZ', expected: 'XYZ' },
  ])('names $code "$expected" for the select', ({ code, expected }) => {
    expect(currencyLabel(code, 'en-US')).toBe(expected);
  });
});
