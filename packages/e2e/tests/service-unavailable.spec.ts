import { expect, type Route } from '@playwright/test';
import { bob } from './support/accounts';
import { stepUpSettled } from './support/spa';
import { statusesOf } from './support/step-up-traffic';
import { test, TRANSACTIONS_API, transactionPosts, uniquePayee } from './support/transactions-page';

// The API answers 503 + Retry-After when it can't download the issuer's keys to check a token (the API's own
// tests cover that answer: packages/api/test). The issuer here is always up, so the browser is handed that
// answer with page.route; what is under test is the SPA: it explains, keeps the form, and sends nobody to a
// sign-in page that may be down too.

test('a temporarily unavailable API is explained with a retry, the form kept, and no sign-in started', async ({
  page,
  transactions,
}) => {
  const traffic = await transactions.openAs(bob);
  const unavailable = async (route: Route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 503, headers: { 'Retry-After': '5' }, body: '' })
      : route.fallback();
  await page.route(`**${TRANSACTIONS_API}`, unavailable);
  const details = { amount: '12.00', currency: 'USD', payee: uniquePayee('Night Market'), memo: 'Noodles' };

  await transactions.send(details);

  await expect(page.getByRole('alert')).toContainText(
    'The service is temporarily unavailable. Send the transaction again in 5 seconds.',
  );
  expect(await transactions.form()).toEqual(details);

  // The service is back: sending the same details again creates the transaction once.
  await page.unroute(`**${TRANSACTIONS_API}`, unavailable);
  await page.getByRole('button', { name: 'Send transaction' }).click();

  await expect(transactions.status).toHaveText(`Transaction of $12.00 to ${details.payee} created.`);
  await expect(transactions.rows(details.payee)).toHaveCount(1);
  await stepUpSettled(page);
  const posts = transactionPosts(traffic);
  expect(statusesOf(posts)).toEqual([503, 201]);
  expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
  expect(traffic.authorize).toHaveLength(0);
  expect(traffic.callbacks).toHaveLength(0);
});
