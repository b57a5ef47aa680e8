import { idempotencyKeyFor } from './idempotency-key';
import { TransactionDraft } from './transaction-draft';

const DRAFT: TransactionDraft = { amount: '25.00', currency: 'USD', payee: 'Corner Bakery', memo: '' };
const newKey = () => 'new-key';

describe('idempotencyKeyFor', () => {
  it.each([
    {
      description: 'uses a new key for a first submission',
      unsettled: null,
      draft: DRAFT,
      expected: 'new-key',
    },
    {
      description: 'reuses the key when the same details are sent again after an unknown outcome',
      unsettled: { draft: DRAFT, idempotencyKey: 'old-key' },
      draft: { ...DRAFT, payee: ' Corner Bakery ' },
      expected: 'old-key',
    },
    {
      description: 'uses a new key once the details changed',
      unsettled: { draft: DRAFT, idempotencyKey: 'old-key' },
      draft: { ...DRAFT, amount: '26.00' },
      expected: 'new-key',
    },
  ])('$description', ({ unsettled, draft, expected }) => {
    expect(idempotencyKeyFor(draft, unsettled, newKey)).toBe(expected);
  });
});
