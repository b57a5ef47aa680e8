import { expect, test, type Page } from '@playwright/test';
import { alice, bob } from './support/accounts';
import { enterCurrentEmailCode } from './support/email-code';
import { idpOrigin, spaOrigin } from './support/ports';
import { signInWithPassword, stepUpSettled } from './support/spa';
import { recordStepUpTraffic } from './support/step-up-traffic';
import { addVirtualAuthenticator, type VirtualCredential } from './support/virtual-authenticator';

// Passkeys end to end with Chromium's virtual authenticator: enrollment inside the sign-in flow, "Sign in with a
// passkey" from a new browser, and a ceremony that fails. Bob gets the passkey; Alice never does, so the other
// specs can still show what happens without one.

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

let bobsPasskey: VirtualCredential | undefined;

test('a password-only session reaches Security by proving the email code and setting up a passkey', async ({
  page,
}) => {
  const authenticator = await addVirtualAuthenticator(page);
  await signInWithPassword(page, bob);
  const traffic = recordStepUpTraffic(page);

  await nav(page, 'Security');
  // The password is recent: the provider asks only for the code, then offers the passkey.
  await enterCurrentEmailCode(page, bob);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a passkey' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up a passkey' }).click();

  await expect(page).toHaveURL(`${spaOrigin}/security`);
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(page.getByTestId('sign-in-level')).toHaveText(
    'Phishing-resistant (password, email code, passkey and presence check)',
  );
  await expect(page.getByTestId('signed-in-at')).toContainText('(just now)');
  await stepUpSettled(page);
  expect(traffic.authorize).toEqual([{ acrValues: 'phr', maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  const credentials = await authenticator.credentials();
  expect(credentials).toHaveLength(1);
  expect(credentials[0]).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });
  bobsPasskey = credentials[0];
});

test('a new browser with the same passkey signs in with it and opens Security with no further redirect', async ({
  browser,
}) => {
  test.skip(bobsPasskey === undefined, 'needs the passkey set up by the test before');
  const context = await browser.newContext({ baseURL: spaOrigin });
  const page = await context.newPage();
  const authenticator = await addVirtualAuthenticator(page);
  await authenticator.addCredential(bobsPasskey!);
  const traffic = recordStepUpTraffic(page);

  await page.goto('/');
  await nav(page, 'Security');
  await expect(page).toHaveURL((url) => url.origin === idpOrigin);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();

  await expect(page).toHaveURL(`${spaOrigin}/security`);
  await expect(page.getByTestId('user-name')).toHaveText(bob.name);
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(page.getByTestId('sign-in-level')).toHaveText(
    'Phishing-resistant (passkey and presence check)',
  );
  await stepUpSettled(page);
  expect(traffic.authorize).toEqual([{ acrValues: 'phr', maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  // The authenticator counted this use; a copy with the old count would be refused as a clone.
  [bobsPasskey] = await authenticator.credentials();
  await context.close();
});

test('posting a message from a two-factor session steps up with the passkey and posts it exactly once', async ({
  browser,
}) => {
  test.skip(bobsPasskey === undefined, 'needs the passkey set up by the first test');
  const context = await browser.newContext({ baseURL: spaOrigin });
  const page = await context.newPage();
  const authenticator = await addVirtualAuthenticator(page);
  await authenticator.addCredential(bobsPasskey!);
  await signInWithPassword(page, bob);
  await nav(page, 'Messages');
  await enterCurrentEmailCode(page, bob);
  await expect(page.getByRole('list', { name: 'Your messages' })).toBeVisible();
  const traffic = recordStepUpTraffic(page);
  const text = `Posted with a passkey at ${new Date().toISOString()}`;

  await page.getByLabel('Post a message').fill(text);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  // Bob has a passkey: the provider asks for it, nothing else.
  await expect(page.getByRole('heading', { level: 1, name: 'Use your passkey' })).toBeVisible();
  await page.getByRole('button', { name: 'Use your passkey' }).click();

  await expect(page).toHaveURL(`${spaOrigin}/messages`);
  await expect(page.getByRole('status', { name: 'Message status' })).toHaveText('Your message was posted.');
  const posted = page.getByRole('list', { name: 'Your messages' }).getByText(text, { exact: true });
  await expect(posted).toHaveCount(1);
  await stepUpSettled(page);
  expect(traffic.apiCalls('POST', '/api/messages').map(({ status }) => status)).toEqual([401, 201]);
  expect(traffic.authorize).toEqual([{ acrValues: 'phr', maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  await expect(page.getByLabel('Post a message')).toHaveValue('');

  // A reload sends nothing again: the post was handed over once.
  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Your messages' }).getByText(text, { exact: true }),
  ).toHaveCount(1);
  await stepUpSettled(page);
  expect(traffic.apiCalls('POST', '/api/messages').map(({ status }) => status)).toEqual([401, 201]);
  expect(traffic.authorize).toHaveLength(1);
  await context.close();
});

test('a ceremony that fails user verification is explained on the page, with no loop and nothing stored', async ({
  page,
}) => {
  const authenticator = await addVirtualAuthenticator(page, { userVerifies: false });
  await signInWithPassword(page, alice);
  const traffic = recordStepUpTraffic(page);

  await nav(page, 'Security');
  await enterCurrentEmailCode(page, alice);
  await page.getByRole('button', { name: 'Set up a passkey' }).click();

  const refused = page.getByRole('alert');
  await expect(refused).toHaveText(
    'The passkey request was cancelled or timed out. Nothing was saved. You can try again.',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a passkey' })).toBeVisible();
  // Still on the provider's page: what it did is counted below, once the SPA has settled.
  expect(traffic.callbacks).toHaveLength(0);
  expect(await authenticator.credentials()).toHaveLength(0);

  // "Not now" ends the step-up: the SPA explains what was needed, once.
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'A passkey is needed' })).toBeVisible();
  await stepUpSettled(page);
  expect(traffic.authorize).toHaveLength(1);
  expect(traffic.callbacks).toHaveLength(1);

  // Nothing was stored: asked again, the provider still offers to set a passkey up.
  await page.goto('/');
  await nav(page, 'Security');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a passkey' })).toBeVisible();
});
