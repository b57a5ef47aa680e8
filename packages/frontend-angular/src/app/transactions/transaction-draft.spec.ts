import { emptyDraft, sameRequest, transactionRequestBody } from './transaction-draft';

describe('transactionRequestBody', () => {
  it('sends trimmed text and the amount as exact decimal text', () => {
    expect(
      transactionRequestBody({
        amount: ' 1500.00 ',
        currency: 'EUR',
        payee: '  Acme Rentals ',
        memo: ' Deposit ',
      }),
    ).toEqual({ amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals', memo: 'Deposit' });
  });

  it('leaves an empty memo out', () => {
    expect(transactionRequestBody({ amount: '5', currency: 'USD', payee: 'Café', memo: '   ' })).toEqual({
      amount: '5',
      currency: 'USD',
      payee: 'Café',
    });
  });
});

describe('sameRequest', () => {
  it('treats drafts that differ only in surrounding spaces as the same request', () => {
    expect(
      sameRequest(
        { ...emptyDraft(), amount: '10', payee: 'A' },
        { ...emptyDraft(), amount: ' 10', payee: 'A ' },
      ),
    ).toBe(true);
  });

  it('tells different amounts apart', () => {
    expect(
      sameRequest(
        { ...emptyDraft(), amount: '10', payee: 'A' },
        { ...emptyDraft(), amount: '11', payee: 'A' },
      ),
    ).toBe(false);
  });
});
