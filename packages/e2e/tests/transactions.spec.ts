import { expect } from '@playwright/test';
import { alice, bob } from './support/accounts';
import { STEP_UP_MAX_AGE_SECONDS } from './support/api-settings';
import { enterCurrentEmailCode } from './support/email-code';
import { enterPassword } from './support/provider-pages';
import { spaOrigin } from './support/ports';
import { signInWithPassword, stepUpSettled } from './support/spa';
import { recordStepUpTraffic, statusesOf, TWO_FACTOR } from './support/step-up-traffic';
import {
  EMPTY_FORM,
  test,
  TRANSACTIONS_API,
  transactionPosts,
  uniquePayee,
  type TransactionDetails,
} from './support/transactions-page';

// Transactions through the SPA's step-up service against the real API: a small amount goes straight
// through; a large one steps up once, comes back to the same form and is created exactly once.

test('a small transaction goes straight through, without a step-up', async ({ page, transactions }) => {
  const traffic = await transactions.openAs(bob);
  const payee = uniquePayee('Corner Bakery');

  await transactions.send({ amount: '25.00', currency: 'USD', payee, memo: 'Bread' });

  await expect(transactions.status).toHaveText(`Transaction of $25.00 to ${payee} created.`);
  expect(await transactions.form()).toEqual(EMPTY_FORM);
  await expect(transactions.rows(payee)).toHaveCount(1);
  await expect(transactions.rows(payee)).toContainText('$25.00');
  await stepUpSettled(page);
  expect(statusesOf(transactionPosts(traffic))).toEqual([201]);
  expect(traffic.authorize).toHaveLength(0);
});

test('a large transaction steps up once, returns to the same form and is created exactly once, also after reload and back', async ({
  page,
  transactions,
}) => {
  const traffic = await transactions.openAs(alice);
  const details: TransactionDetails = {
    amount: '1500.00',
    currency: 'EUR',
    payee: uniquePayee('Acme Rentals'),
    memo: 'Deposit for the flat',
  };
  // Holds the replayed POST until the restored form has been checked.
  let releaseReplay: () => void = () => undefined;
  const replayReleased = new Promise<void>((resolve) => (releaseReplay = resolve));
  let posts = 0;
  await page.route(`**${TRANSACTIONS_API}`, async (route) => {
    if (route.request().method() === 'POST' && ++posts === 2) await replayReleased;
    await route.fallback();
  });

  await transactions.send(details);
  await enterCurrentEmailCode(page, alice);

  await expect(page).toHaveURL(`${spaOrigin}/transactions`);
  await expect(transactions.status).toHaveText('Sending the transaction…');
  expect(await transactions.form()).toEqual(details);
  releaseReplay();
  await expect(transactions.status).toHaveText(`Transaction of €1,500.00 to ${details.payee} created.`);
  await expect(transactions.rows(details.payee)).toHaveCount(1);

  await stepUpSettled(page);
  const posted = transactionPosts(traffic);
  expect(statusesOf(posted)).toEqual([401, 201]);
  expect(posted[1]?.idempotencyKey).toBe(posted[0]?.idempotencyKey);
  expect(posted[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  test.info().annotations.push({
    type: 'measured',
    description: JSON.stringify({
      authorizeNavigations: traffic.authorize.length,
      callbackNavigations: traffic.callbacks.length,
      transactionPosts: statusesOf(posted),
    }),
  });

  await page.reload();
  await expect(transactions.rows(details.payee)).toHaveCount(1);
  await stepUpSettled(page);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401, 201]);

  // Back leaves the return, through the provider's spent page, to the form before the redirect.
  for (let step = 0; step < 3 && !page.url().startsWith(`${spaOrigin}/transactions`); step++) {
    await page.goBack();
  }
  if (!page.url().startsWith(`${spaOrigin}/transactions`)) await page.goBack();
  await expect(page).toHaveURL(`${spaOrigin}/transactions`);
  await expect(transactions.rows(details.payee)).toHaveCount(1);
  await stepUpSettled(page);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401, 201]);
  expect(traffic.authorize).toHaveLength(1);
  test.info().annotations.push({
    type: 'measured after reload and back',
    description: JSON.stringify({
      authorizeNavigations: traffic.authorize.length,
      callbackNavigations: traffic.callbacks.length,
      transactionPosts: statusesOf(transactionPosts(traffic)),
    }),
  });
});

test('cancelling the step-up keeps the form, sends nothing and does not loop', async ({
  page,
  transactions,
}) => {
  const traffic = await transactions.openAs(bob);
  const details = {
    amount: '2500.00',
    currency: 'GBP',
    payee: uniquePayee('Harbour Yachts'),
    memo: 'Mooring',
  };

  await transactions.send(details);
  await expect(page.getByLabel('Verification code')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in was cancelled' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'To create this transaction, the app needs a two-factor sign-in, such as your password and an email code.',
  );
  await stepUpSettled(page);
  expect(traffic.authorize).toHaveLength(1);

  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page).toHaveURL(`${spaOrigin}/transactions`);
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled');
  expect(await transactions.form()).toEqual(details);
  await expect(page.getByRole('heading', { level: 2, name: 'Your transactions' })).toBeVisible();
  await stepUpSettled(page);
  await expect(transactions.rows(details.payee)).toHaveCount(0);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401]);
  expect(traffic.authorize).toHaveLength(1);
  expect(traffic.callbacks).toHaveLength(1);
});

test('when the API still refuses the replayed request, the page explains and does not redirect again', async ({
  page,
  transactions,
}) => {
  const traffic = await transactions.openAs(alice);
  // A resource server that wants more than the provider gave: every creation is answered with the
  // challenge, the replay after the step-up included.
  await page.route(`**${TRANSACTIONS_API}`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 401,
          headers: {
            'WWW-Authenticate': `Bearer realm="api", error="insufficient_user_authentication", acr_values="${TWO_FACTOR}"`,
          },
        })
      : route.fallback(),
  );

  await transactions.send({ amount: '1200.00', currency: 'USD', payee: uniquePayee('Vault Co'), memo: '' });
  await enterCurrentEmailCode(page, alice);

  await expect(page).toHaveURL(`${spaOrigin}/transactions`);
  await expect(page.getByRole('alert')).toContainText('A stronger sign-in is still needed');
  await expect(page.getByRole('alert')).toContainText(
    'To create this transaction, the app needs a two-factor sign-in',
  );
  await stepUpSettled(page);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401, 401]);
  expect(traffic.authorize).toHaveLength(1);
  expect(traffic.callbacks).toHaveLength(1);
});

test("a step-up that comes back as another account sends nothing and drops the first account's form", async ({
  page,
  transactions,
}) => {
  test.setTimeout(150_000);
  await signInWithPassword(page, alice);
  const signedInAt = Date.now();
  await transactions.open();
  const payee = uniquePayee('Acme Rentals');
  await transactions.fill({ amount: '2500.00', currency: 'USD', payee, memo: 'Rent' });
  // Once the sign-in is older than the API's max_age, the challenge asks for it afresh: the provider
  // then starts a new sign-in, where any account's password is accepted.
  await page.waitForTimeout(Math.max(0, signedInAt + (STEP_UP_MAX_AGE_SECONDS + 2) * 1000 - Date.now()));
  const traffic = recordStepUpTraffic(page);

  await page.getByRole('button', { name: 'Send transaction' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
  await enterPassword(page, bob);
  await enterCurrentEmailCode(page, bob);

  await expect(page).toHaveURL(`${spaOrigin}/transactions`);
  await expect(page.getByTestId('user-name')).toHaveText(bob.name);
  const notice = page.getByRole('alert').filter({ hasText: 'The sign-in changed account' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('sent nothing');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(await transactions.form()).toEqual(EMPTY_FORM);
  await expect(page.getByRole('region', { name: 'Your transactions' })).toBeVisible();
  await stepUpSettled(page);

  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: String(STEP_UP_MAX_AGE_SECONDS) }]);
  expect(traffic.callbacks).toHaveLength(1);
  expect(statusesOf(transactionPosts(traffic))).toEqual([401]);
  await expect(transactions.rows(payee)).toHaveCount(0);
});
