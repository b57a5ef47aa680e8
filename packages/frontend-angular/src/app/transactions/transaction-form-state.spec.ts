import { parseTransactionFormState } from './transaction-form-state';

const STATE = {
  draft: { amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals', memo: 'Deposit' },
  idempotencyKey: '7f1c9a2e-5b7d-4c1e-9f0a-2d3b4c5d6e7f',
};

describe('parseTransactionFormState', () => {
  it('restores every field as typed, with the submission key', () => {
    expect(parseTransactionFormState(JSON.parse(JSON.stringify(STATE)))).toEqual(STATE);
  });

  it('restores text exactly, spaces and all', () => {
    const typed = { ...STATE, draft: { ...STATE.draft, payee: '  Café Noir ', amount: ' 1500' } };

    expect(parseTransactionFormState(typed)?.draft).toEqual(typed.draft);
  });

  it.each([
    { description: 'nothing', input: undefined },
    { description: 'a string', input: 'Acme' },
    { description: 'no key', input: { draft: STATE.draft } },
    { description: 'an empty key', input: { ...STATE, idempotencyKey: '' } },
    { description: 'no draft', input: { idempotencyKey: STATE.idempotencyKey } },
    { description: 'a missing field', input: { ...STATE, draft: { ...STATE.draft, memo: undefined } } },
    { description: 'a number for the amount', input: { ...STATE, draft: { ...STATE.draft, amount: 1500 } } },
    {
      description: 'an oversized field',
      input: { ...STATE, draft: { ...STATE.draft, memo: 'm'.repeat(1001) } },
    },
  ])('restores nothing from $description', ({ input }) => {
    expect(parseTransactionFormState(input)).toBeNull();
  });
});
