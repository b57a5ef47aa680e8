import { TestBed } from '@angular/core/testing';

import { Transaction } from '../transaction';
import { TransactionListComponent } from './transaction-list.component';

const TRANSACTIONS: Transaction[] = [
  {
    id: 'tx-2',
    amount: '1.234',
    currency: 'KWD',
    payee: 'Souq Books',
    memo: null,
    createdAt: '2026-11-29T11:00:00.000Z',
  },
  {
    id: 'tx-1',
    amount: '1500.00',
    currency: 'EUR',
    payee: 'Acme Rentals',
    memo: 'Deposit',
    createdAt: '2026-11-29T10:00:00.000Z',
  },
];

describe('TransactionListComponent', () => {
  async function render(transactions: readonly Transaction[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(TransactionListComponent);
    fixture.componentRef.setInput('transactions', transactions);
    fixture.componentRef.setInput('labelledBy', 'list-title');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows each transaction in the order given, with its time, payee, memo and amount', async () => {
    const page = await render(TRANSACTIONS);

    const headers = [...page.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Date', 'Payee', 'Memo', 'Amount']);
    const rows = [...page.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2026-11-29T11:00:00.000Z',
      '2026-11-29T10:00:00.000Z',
    ]);
    expect(
      rows.map((row) =>
        row
          .querySelector('.amount')
          ?.textContent?.replace(/\u00a0/g, ' ')
          .trim(),
      ),
    ).toEqual(['KWD 1.234', '€1,500.00']);
  });

  it('names the scrollable region after the heading and can be reached by keyboard', async () => {
    const region = (await render(TRANSACTIONS)).querySelector('[role="region"]');

    expect(region?.getAttribute('aria-labelledby')).toBe('list-title');
    expect(region?.getAttribute('tabindex')).toBe('0');
  });

  it('says so when there are none', async () => {
    expect((await render([])).textContent).toContain('No transactions yet.');
  });
});
