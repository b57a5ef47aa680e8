import { TransactionDraft } from './transaction-draft';
import { validateTransactionDraft } from './transaction-validation';

const VALID: TransactionDraft = {
  amount: '1500.00',
  currency: 'EUR',
  payee: 'Acme Rentals',
  memo: 'Deposit',
};

describe('validateTransactionDraft', () => {
  it.each([
    { description: 'a complete draft', draft: VALID },
    { description: 'no memo', draft: { ...VALID, memo: '' } },
    { description: 'a whole amount', draft: { ...VALID, amount: '25' } },
    { description: 'an amount below one', draft: { ...VALID, amount: '0.05' } },
    { description: 'spaces around the amount', draft: { ...VALID, amount: ' 25.00 ' } },
    { description: 'a whole yen amount', draft: { ...VALID, currency: 'JPY', amount: '1000' } },
    { description: 'three decimals in dinars', draft: { ...VALID, currency: 'KWD', amount: '1.234' } },
    { description: 'the largest amount', draft: { ...VALID, currency: 'USD', amount: '10000000000.00' } },
    { description: 'a payee of 100 characters', draft: { ...VALID, payee: 'p'.repeat(100) } },
    { description: 'a payee of 100 emoji', draft: { ...VALID, payee: '💶'.repeat(100) } },
    { description: 'a memo of 140 characters', draft: { ...VALID, memo: 'm'.repeat(140) } },
  ])('accepts $description', ({ draft }) => {
    expect(validateTransactionDraft(draft)).toEqual({});
  });

  it.each([
    {
      description: 'no amount',
      draft: { ...VALID, amount: '  ' },
      field: 'amount',
      message: 'Enter an amount.',
    },
    {
      description: 'a zero amount',
      draft: { ...VALID, amount: '0.00' },
      field: 'amount',
      message: 'The amount must be greater than zero.',
    },
    ...['-5', '+5', '1,500.00', '1 500', '1e3', '.5', '5.', '0012', 'ten', '１２'].map((amount) => ({
      description: `the amount "${amount}"`,
      draft: { ...VALID, amount },
      field: 'amount',
      message: 'Enter the amount in digits, such as 1234.50, without a sign, spaces or thousands separators.',
    })),
    {
      description: 'cents in a currency with two minor digits',
      draft: { ...VALID, amount: '10.005' },
      field: 'amount',
      message: 'EUR amounts have at most 2 digits after the decimal point.',
    },
    {
      description: 'decimals in yen',
      draft: { ...VALID, currency: 'JPY', amount: '10.5' },
      field: 'amount',
      message: 'JPY amounts are whole numbers, without a decimal point.',
    },
    {
      description: 'an amount above the largest',
      draft: { ...VALID, currency: 'USD', amount: '10000000000.01' },
      field: 'amount',
      message: 'The amount can be at most 10000000000.00 USD.',
    },
    {
      description: 'an amount longer than the API reads',
      draft: { ...VALID, amount: '1'.repeat(33) },
      field: 'amount',
      message: 'Enter the amount in digits, such as 1234.50, without a sign, spaces or thousands separators.',
    },
    {
      description: 'an unknown currency',
      draft: { ...VALID, currency: 'XYZ' },
      field: 'currency',
      message: 'Choose a currency.',
    },
    { description: 'no payee', draft: { ...VALID, payee: '   ' }, field: 'payee', message: 'Enter a payee.' },
    {
      description: 'a payee of 101 characters',
      draft: { ...VALID, payee: 'p'.repeat(101) },
      field: 'payee',
      message: 'The payee can be at most 100 characters long (it has 101).',
    },
    {
      description: 'a line break in the payee',
      draft: { ...VALID, payee: 'Acme\nRentals' },
      field: 'payee',
      message: "The payee can't contain line breaks, tabs or other control characters.",
    },
    {
      description: 'a right-to-left override in the payee',
      draft: { ...VALID, payee: 'Acme\u202eslatneR' },
      field: 'payee',
      message: "The payee can't contain characters that change the direction of text.",
    },
    {
      description: 'a broken surrogate in the memo',
      draft: { ...VALID, memo: 'half \ud83d' },
      field: 'memo',
      message: "The memo contains characters that aren't valid text.",
    },
    {
      description: 'a memo of 141 characters',
      draft: { ...VALID, memo: 'm'.repeat(141) },
      field: 'memo',
      message: 'The memo can be at most 140 characters long (it has 141).',
    },
  ])('refuses $description', ({ draft, field, message }) => {
    expect(validateTransactionDraft(draft)).toEqual({ [field]: message });
  });

  it('reports every field in error at once', () => {
    expect(Object.keys(validateTransactionDraft({ amount: '', currency: '', payee: '', memo: '' }))).toEqual([
      'currency',
      'amount',
      'payee',
    ]);
  });
});
