import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from './accounts';
import { readCodeSentAfter } from './mailbox';
import { idpOrigin } from './ports';

/** On the provider's sign-in page: types the account's email and password and submits. */
export async function enterPassword(page: Page, account: DemoAccount): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === idpOrigin);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * On the provider's email code page: reads the code sent after `since` from the dev mailbox,
 * types it and submits.
 */
export async function enterEmailCode(page: Page, account: DemoAccount, since: Date): Promise<void> {
  await expect(page.getByLabel('Verification code')).toBeVisible();
  const code = await readCodeSentAfter(page.request, account.email, since);
  await page.getByLabel('Verification code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}
