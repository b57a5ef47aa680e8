import { parseTransaction, parseTransactions } from './transaction';

const TRANSACTION = {
  id: '3f2b8c1e-0000-4000-8000-000000000001',
  amount: '25.00',
  currency: 'USD',
  payee: 'Corner Bakery',
  memo: null,
  createdAt: '2026-11-29T10:00:00.000Z',
};

describe('parseTransaction', () => {
  it('keeps the members the page shows and drops the rest', () => {
    expect(parseTransaction({ ...TRANSACTION, memo: 'Bread', extra: true })).toEqual({
      ...TRANSACTION,
      memo: 'Bread',
    });
  });

  it.each([
    { description: 'nothing', input: null },
    { description: 'a number as amount', input: { ...TRANSACTION, amount: 25 } },
    { description: 'a missing payee', input: { ...TRANSACTION, payee: undefined } },
    { description: 'a memo that is neither text nor null', input: { ...TRANSACTION, memo: 3 } },
    { description: 'a creation time that is not a date', input: { ...TRANSACTION, createdAt: 'yesterday' } },
  ])('refuses $description', ({ input }) => {
    expect(() => parseTransaction(input)).toThrow(TypeError);
  });
});

describe('parseTransactions', () => {
  it('reads a list, in the order the API sent it', () => {
    const older = { ...TRANSACTION, id: 'b', createdAt: '2026-11-28T10:00:00.000Z' };

    expect(parseTransactions([TRANSACTION, older]).map(({ id }) => id)).toEqual([TRANSACTION.id, 'b']);
  });

  it('reads an empty body as no transactions', () => {
    expect(parseTransactions(null)).toEqual([]);
  });

  it('refuses something other than a list', () => {
    expect(() => parseTransactions({ items: [] })).toThrow(TypeError);
  });
});
