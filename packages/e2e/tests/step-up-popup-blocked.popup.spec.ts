import { expect, test } from '@playwright/test';
import { alice } from './support/accounts';
import { enterCurrentEmailCode } from './support/email-code';
import { spaOrigin } from './support/ports';
import { signInWithPassword, stepUpSettled } from './support/spa';
import { recordStepUpTraffic, statusesOf, TWO_FACTOR } from './support/step-up-traffic';

// The SPA in popup mode when the browser blocks the sign-in window: the step-up falls back to the
// redirect. Chromium under Playwright opens every window, so the page is given a blocker's answer
// instead: `window.open` returns null, as it does for a popup the browser refused.

test('a blocked window falls back to the redirect: one round trip, then the messages', async ({ page }) => {
  await signInWithPassword(page, alice);
  await page.goto('/');
  const traffic = recordStepUpTraffic(page);
  let popups = 0;
  page.on('popup', () => (popups += 1));

  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto('/messages');
  await enterCurrentEmailCode(page, alice);

  await expect(page).toHaveURL(`${spaOrigin}/messages`);
  await expect(page.getByRole('list', { name: 'Your messages' }).getByRole('listitem').first()).toBeVisible();
  await stepUpSettled(page);
  expect(popups).toBe(0);
  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  expect(statusesOf(traffic.apiCalls('GET', '/api/messages'))).toEqual([401, 200]);
});
