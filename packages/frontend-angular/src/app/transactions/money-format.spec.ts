import { formatMoney } from './money-format';

describe('formatMoney', () => {
  it.each([
    { amount: '1234.50', currency: 'USD', expected: '$1,234.50' },
    { amount: '0.05', currency: 'EUR', expected: '€0.05' },
    { amount: '1500.00', currency: 'GBP', expected: '£1,500.00' },
    { amount: '1000', currency: 'JPY', expected: '¥1,000' },
    { amount: '1.234', currency: 'KWD', expected: 'KWD 1.234' },
    { amount: '99.90', currency: 'CHF', expected: 'CHF 99.90' },
    { amount: '10000000000.00', currency: 'USD', expected: '$10,000,000,000.00' },
    { amount: '9007199254740993.01', currency: 'USD', expected: '$9,007,199,254,740,993.01' },
    { amount: '10.00', currency: 'XYZ', expected: 'XYZ 10.00' },
  ])('shows $amount $currency as $expected', ({ amount, currency, expected }) => {
    expect(formatMoney(amount, currency, 'en-US').replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it.each([
    { description: 'a malformed currency code', amount: '10.00', currency: 'usd', expected: '10.00 usd' },
    {
      description: 'an amount that is not decimal text',
      amount: '1e3',
      currency: 'USD',
      expected: '1e3 USD',
    },
  ])('shows $description as it came', ({ amount, currency, expected }) => {
    expect(formatMoney(amount, currency, 'en-US')).toBe(expected);
  });
});
