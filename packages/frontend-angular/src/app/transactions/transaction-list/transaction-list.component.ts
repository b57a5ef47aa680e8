import { Component, inject, input, LOCALE_ID } from '@angular/core';

import { DateTimePipe } from '../../date-time/date-time';
import { formatMoney } from '../money-format';
import { Transaction } from '../transaction';

/** The visitor's transactions as the API lists them, newest first, amounts in their own currency. */
@Component({
  selector: 'app-transaction-list',
  imports: [DateTimePipe],
  template: `
    @if (transactions().length === 0) {
      <p class="empty">No transactions yet.</p>
    } @else {
      <div class="card table-scroll" tabindex="0" role="region" [attr.aria-labelledby]="labelledBy()">
        <table class="transactions">
          <caption class="visually-hidden">
            Newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Payee</th>
              <th scope="col">Memo</th>
              <th scope="col" class="amount">Amount</th>
            </tr>
          </thead>
          <tbody>
            @for (transaction of transactions(); track transaction.id) {
              <tr>
                <td>
                  <time [attr.datetime]="transaction.createdAt">{{
                    transaction.createdAt | dateTime: 'short'
                  }}</time>
                </td>
                <td>{{ transaction.payee }}</td>
                <td>
                  @if (transaction.memo) {
                    {{ transaction.memo }}
                  } @else {
                    <span class="muted" aria-hidden="true">–</span
                    ><span class="visually-hidden">No memo</span>
                  }
                </td>
                <td class="amount">{{ amountOf(transaction) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    .transactions {
      width: 100%;
      min-width: 34rem;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.7rem 1rem;
      text-align: left;
      border-bottom: 1px solid var(--border);
      vertical-align: top;
    }
    th {
      font-size: 0.8125rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--text-muted);
    }
    tbody tr:last-child td {
      border-bottom: none;
    }
    td {
      overflow-wrap: break-word;
    }
    td:first-child {
      white-space: nowrap;
      color: var(--text-muted);
    }
    .amount {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    td.amount {
      font-weight: 600;
    }
  `,
})
export class TransactionListComponent {
  private readonly locale = inject(LOCALE_ID);

  readonly transactions = input.required<readonly Transaction[]>();
  /** The id of the heading that names the list. */
  readonly labelledBy = input<string>();

  protected amountOf({ amount, currency }: Transaction): string {
    return formatMoney(amount, currency, this.locale);
  }
}
