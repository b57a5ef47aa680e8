import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from './accounts';
import { readCodeSentAfter } from './mailbox';
import { idpOrigin } from './ports';

interface MailboxMessage {
  code: string;
  expiresAt: string;
}

/**
 * The longest wait for a new code this helper sits out: a test has 90 seconds in all, and the provider
 * asks for 30 s after one code and more after each further one.
 */
const MAX_RESEND_WAIT_SECONDS = 60;

/**
 * On the provider's email code page: enters the code this sign-in is waiting for, whatever the earlier
 * tests left behind. A code works only in the sign-in that asked for it; the page sends one unless this
 * sign-in still holds a usable one, and not before the account's wait since its previous code is over.
 * That wait grows with every code sent since the account's last right one: 30 s, then 1, 2, 5, 10 and at
 * most 15 minutes (the provider's second-factor-budget.ts). So:
 * - when the page asks to wait before a new code, waits (or fails at once when the wait is longer than
 *   {@link MAX_RESEND_WAIT_SECONDS}), asks for one and enters it;
 * - otherwise enters the newest code in the dev mailbox (the one just sent for this sign-in, or the one it
 *   still holds).
 */
export async function enterCurrentEmailCode(page: Page, account: DemoAccount): Promise<void> {
  const field = page.getByLabel('Verification code');
  await expect(field).toBeVisible();
  const error = page.locator('#code-error');
  const errorText = (await error.count()) > 0 ? ((await error.textContent()) ?? '') : '';
  const cooldown = /Please wait (\d+) seconds/.exec(errorText);
  let code: string;
  if (cooldown) {
    const waitSeconds = Number(cooldown[1]);
    if (waitSeconds > MAX_RESEND_WAIT_SECONDS) {
      throw new Error(
        `The provider asks to wait ${waitSeconds} s before a new email code for ${account.email}, more than ` +
          `the ${MAX_RESEND_WAIT_SECONDS} s a test can sit out: earlier tests sent it codes without entering ` +
          'a right one, and the wait grows with each (up to 900 s)',
      );
    }
    await page.waitForTimeout((waitSeconds + 1) * 1000);
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
