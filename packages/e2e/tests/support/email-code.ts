import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from './accounts';
import { readCodeSentAfter } from './mailbox';
import { idpOrigin } from './ports';

interface MailboxMessage {
  code: string;
  expiresAt: string;
}

/**
 * On the provider's email code page: enters the code the page is waiting for, whatever the earlier
 * tests left behind. The provider sends at most one code per account every 30 seconds and shows the
 * page without a new email while an earlier code is still usable, so:
 * - when the page asks to wait before a new code, waits, asks for one and enters it;
 * - otherwise enters the newest code in the dev mailbox (the one just sent, or the one still usable).
 */
export async function enterCurrentEmailCode(page: Page, account: DemoAccount): Promise<void> {
  const field = page.getByLabel('Verification code');
  await expect(field).toBeVisible();
  const error = page.locator('#code-error');
  const errorText = (await error.count()) > 0 ? ((await error.textContent()) ?? '') : '';
  const cooldown = /Please wait (\d+) seconds/.exec(errorText);
  let code: string;
  if (cooldown) {
    await page.waitForTimeout((Number(cooldown[1]) + 1) * 1000);
    const since = new Date();
    await page.getByRole('button', { name: 'Send a new code' }).click();
    code = await readCodeSentAfter(page.request, account.email, since);
  } else {
    code = await newestUsableCode(page, account);
  }
  await field.fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

async function newestUsableCode(page: Page, account: DemoAccount): Promise<string> {
  const response = await page.request.get(
    `${idpOrigin}/dev/mailbox.json?to=${encodeURIComponent(account.email)}`,
  );
  expect(response.ok()).toBe(true);
  const { messages } = (await response.json()) as { messages: MailboxMessage[] };
  const [newest] = messages;
  expect(newest, `an email code for ${account.email}`).toBeDefined();
  expect(new Date(newest.expiresAt).getTime()).toBeGreaterThan(Date.now());
  return newest.code;
}
