import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { DemoAccount } from './accounts';
import { signInWithPassword } from './spa';
import { recordStepUpTraffic, type ApiCall, type StepUpTraffic } from './step-up-traffic';

/** The API path the transaction form posts to. */
export const TRANSACTIONS_API = '/api/transactions';

export interface TransactionDetails {
  amount: string;
  currency: string;
  payee: string;
  memo: string;
}

/** The form once it has been sent or dropped. */
export const EMPTY_FORM: TransactionDetails = { amount: '', currency: 'USD', payee: '', memo: '' };

/** A payee no other run has used: the API's database outlives test runs, so counts are made per payee. */
export function uniquePayee(name: string): string {
  return `${name} ${randomUUID().slice(0, 8)}`;
}

/** The SPA's Transactions page, as the browser tests drive it. */
export class TransactionsPage {
  constructor(private readonly page: Page) {}

  /** Signs `account` in with the password only and opens the page; what follows is recorded from there. */
  async openAs(account: DemoAccount): Promise<StepUpTraffic> {
    await signInWithPassword(this.page, account);
    await this.open();
    return recordStepUpTraffic(this.page);
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Transactions' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
  }

  async fill(details: TransactionDetails): Promise<void> {
    await this.page.getByLabel('Amount').fill(details.amount);
    await this.page.getByLabel('Currency').selectOption(details.currency);
    await this.page.getByLabel('Payee').fill(details.payee);
    await this.page.getByLabel('Memo').fill(details.memo);
  }

  /** Fills the form with `details` and sends it. */
  async send(details: TransactionDetails): Promise<void> {
    await this.fill(details);
    await this.page.getByRole('button', { name: 'Send transaction' }).click();
  }

  /** In popup mode: sends `details` and returns the sign-in window the API's challenge opened. */
  async sendOpeningWindow(details: TransactionDetails): Promise<Page> {
    await this.fill(details);
    const opened = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: 'Send transaction' }).click();
    return opened;
  }

  /** The form as it shows now. */
  async form(): Promise<TransactionDetails> {
    return {
      amount: await this.page.getByLabel('Amount').inputValue(),
      currency: await this.page.getByLabel('Currency').inputValue(),
      payee: await this.page.getByLabel('Payee').inputValue(),
      memo: await this.page.getByLabel('Memo').inputValue(),
    };
  }

  /** The live region above the form that announces a submission's progress and outcome. */
  get status(): Locator {
    return this.page.getByRole('status', { name: 'Transaction status' });
  }

  /** The rows of "Your transactions" whose payee is `payee`. */
  rows(payee: string): Locator {
    return this.page
      .getByRole('region', { name: 'Your transactions' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: payee, exact: true }) });
  }
}

/** The transaction posts `traffic` saw, in order. */
export function transactionPosts(traffic: StepUpTraffic): ApiCall[] {
  return traffic.apiCalls('POST', TRANSACTIONS_API);
}

/** Playwright's `test` with the Transactions page of the test's `page` as the `transactions` fixture. */
export const test = base.extend<{ transactions: TransactionsPage }>({
  transactions: async ({ page }, use) => {
    await use(new TransactionsPage(page));
  },
});
