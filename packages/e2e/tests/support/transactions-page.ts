import { expect, type Locator, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

export interface TransactionDetails {
  amount: string;
  currency: string;
  payee: string;
  memo: string;
}

/** A payee no other run has used: the API's database outlives test runs, so counts are made per payee. */
export function uniquePayee(name: string): string {
  return `${name} ${randomUUID().slice(0, 8)}`;
}

export async function openTransactions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transactions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
}

export async function fillTransaction(page: Page, details: TransactionDetails): Promise<void> {
  await page.getByLabel('Amount').fill(details.amount);
  await page.getByLabel('Currency').selectOption(details.currency);
  await page.getByLabel('Payee').fill(details.payee);
  await page.getByLabel('Memo').fill(details.memo);
}

/** The form as it shows now. */
export async function transactionForm(page: Page): Promise<TransactionDetails> {
  return {
    amount: await page.getByLabel('Amount').inputValue(),
    currency: await page.getByLabel('Currency').inputValue(),
    payee: await page.getByLabel('Payee').inputValue(),
    memo: await page.getByLabel('Memo').inputValue(),
  };
}

/** The live region above the form that announces a submission's progress and outcome. */
export function submissionStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Transaction status' });
}

/** The rows of "Your transactions" whose payee is `payee`. */
export function transactionRows(page: Page, payee: string): Locator {
  return page
    .getByRole('region', { name: 'Your transactions' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: payee, exact: true }) });
}
