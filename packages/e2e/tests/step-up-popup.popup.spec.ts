import { expect, type Page } from '@playwright/test';
import { alice, bob } from './support/accounts';
import { enterCurrentEmailCode } from './support/email-code';
import { spaOrigin } from './support/ports';
import { signInWithPassword, stepUpSettled, windowClosed } from './support/spa';
import { recordStepUpTraffic, statusesOf, TWO_FACTOR } from './support/step-up-traffic';
import { test, transactionPosts, uniquePayee, type TransactionDetails } from './support/transactions-page';

// The SPA started with stepUpMode "popup" (E2E_STEP_UP_MODE=popup): an API challenge opens a sign-in
// window over the page (okta-auth-js token.getWithPopup, the provider's okta_post_message page), the
// page and its form stay, and the request is sent once more. Run by `npm run test:e2e` after the
// redirect-mode specs.

/** Marks the loaded document, to show later that the page was never reloaded or left. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
}
async function documentStayed(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
}

test('messages: the challenge opens a sign-in window, the page stays and the request is sent once more', async ({
  page,
}) => {
  await signInWithPassword(page, bob);
  await markDocument(page);
  const traffic = recordStepUpTraffic(page);

  const opened = page.waitForEvent('popup');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
  const popup = await opened;
  await expect(page.getByRole('status')).toContainText('Finish it in the sign-in window');
  await enterCurrentEmailCode(popup, bob);
  await windowClosed(popup);

  const messages = page.getByRole('list', { name: 'Your messages' }).getByRole('listitem');
  await expect(messages.first()).toBeVisible();
  await stepUpSettled(page);
  expect(page.url()).toBe(`${spaOrigin}/messages`);
  expect(await documentStayed(page)).toBe(true);
  expect(statusesOf(traffic.apiCalls('GET', '/api/messages'))).toEqual([401, 200]);
  expect(traffic.popupAuthorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.authorize).toEqual([]);
  expect(traffic.callbacks).toEqual([]);
  expect(traffic.pageLoads).toEqual([]);
});

test('a large transaction: the form stays while the window is open, then the same request is created once', async ({
  page,
  transactions,
}) => {
  const traffic = await transactions.openAs(alice);
  await markDocument(page);
  const details: TransactionDetails = {
    amount: '2500.00',
    currency: 'USD',
    payee: uniquePayee('Acme Rentals'),
    memo: 'Deposit',
  };

  const popup = await transactions.sendOpeningWindow(details);
  await expect(transactions.status).toContainText('Finish it in the sign-in window; your details stay here.');
  expect(await transactions.form()).toEqual(details);
  await enterCurrentEmailCode(popup, alice);
  await windowClosed(popup);

  await expect(transactions.status).toHaveText(`Transaction of $2,500.00 to ${details.payee} created.`);
  await expect(transactions.rows(details.payee)).toHaveCount(1);
  await stepUpSettled(page);
  const posted = transactionPosts(traffic);
  expect(statusesOf(posted)).toEqual([401, 201]);
  expect(posted[1]?.idempotencyKey).toBe(posted[0]?.idempotencyKey);
  expect(traffic.popupAuthorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.authorize).toEqual([]);
  expect(traffic.pageLoads).toEqual([]);
  expect(await documentStayed(page)).toBe(true);
  test.info().annotations.push({
    type: 'measured',
    description: JSON.stringify({
      popupAuthorizeNavigations: traffic.popupAuthorize.length,
      pageNavigations: traffic.pageLoads.length,
      transactionPosts: statusesOf(posted),
    }),
  });
});

test('closing the window says what happened, keeps the form and sends nothing; Try again opens it once more', async ({
  page,
  transactions,
}) => {
  const traffic = await transactions.openAs(bob);
  const details: TransactionDetails = {
    amount: '2000.00',
    currency: 'GBP',
    payee: uniquePayee('Harbour Storage'),
    memo: '',
  };

  // Closed once the provider's page is in it, as a visitor would: a window closed in the middle of its
  // first navigation can leave Chromium's close pending until the test's time runs out.
  const signInWindow = await transactions.sendOpeningWindow(details);
  await expect(signInWindow.getByLabel('Verification code')).toBeVisible();
  await signInWindow.close();

  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The sign-in window closed');
  await expect(notice).toContainText('nothing was sent');
  expect(await transactions.form()).toEqual(details);
  await stepUpSettled(page);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401]);
  expect(traffic.popupAuthorize).toHaveLength(1);
  expect(traffic.authorize).toEqual([]);

  const reopened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Try again' }).click();
  const popup = await reopened;
  await enterCurrentEmailCode(popup, bob);
  await windowClosed(popup);

  await expect(transactions.status).toHaveText(`Transaction of £2,000.00 to ${details.payee} created.`);
  await expect(transactions.rows(details.payee)).toHaveCount(1);
  await stepUpSettled(page);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401, 201]);
  expect(traffic.popupAuthorize).toHaveLength(2);
  expect(traffic.pageLoads).toEqual([]);
});
