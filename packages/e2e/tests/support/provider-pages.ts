import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from './accounts';
import { idpOrigin } from './ports';

/** On the provider's sign-in page: types the account's email and password and submits. */
export async function enterPassword(page: Page, account: DemoAccount): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === idpOrigin);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
