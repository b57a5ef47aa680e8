import { expect, test, type Page } from '@playwright/test';
import { alice, bob } from './support/accounts';
import { enterCurrentEmailCode } from './support/email-code';
import { enterPassword } from './support/provider-pages';
import { spaOrigin } from './support/ports';
import { signInWithPassword, stepUpSettled } from './support/spa';
import { ACCOUNT_MAX_AGE_SECONDS } from './support/spa-settings';
import { recordStepUpTraffic, TWO_FACTOR } from './support/step-up-traffic';

// The SPA's route guard (ladder and recency), its explanations instead of loops, and the safe return
// after sign-in, against the real SPA, API and embedded provider.

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

test('a two-factor session is not challenged again by two-factor routes or the API', async ({ page }) => {
  await signInWithPassword(page, alice);
  const traffic = recordStepUpTraffic(page);

  await nav(page, 'Profile');
  await enterCurrentEmailCode(page, alice);
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${alice.name}` })).toBeVisible();

  await nav(page, 'Home');
  await nav(page, 'Profile');
  await expect(page.getByTestId('assurance')).toContainText('Two factors');
  await nav(page, 'Messages');
  await expect(page.getByRole('list', { name: 'Your messages' }).getByRole('listitem').first()).toBeVisible();
  await stepUpSettled(page);

  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  expect(traffic.apiCalls('GET', '/api/messages').map(({ status }) => status)).toEqual([200]);
});

test('a maxAge route re-authenticates once the sign-in is older than its window, keeping its level', async ({
  page,
}) => {
  await signInWithPassword(page, bob);
  await nav(page, 'Profile');
  await enterCurrentEmailCode(page, bob);
  await expect(page.getByTestId('assurance')).toContainText('Two factors');
  const signedInAt = Date.now();
  const traffic = recordStepUpTraffic(page);

  await nav(page, 'Account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await stepUpSettled(page);
  expect(traffic.authorize).toHaveLength(0);

  // The window is set short for these tests (ACCOUNT_MAX_AGE); both the guard (browser clock) and the
  // provider (its own clock) must see the sign-in as too old, so the test waits for real rather than
  // faking a clock.
  await nav(page, 'Home');
  await page.waitForTimeout(Math.max(0, signedInAt + (ACCOUNT_MAX_AGE_SECONDS + 2) * 1000 - Date.now()));
  await nav(page, 'Account');

  // Re-authenticating for recency asks for the level the session had, so both factors are proved
  // again: a fresh password alone would have left the visitor weaker than before.
  await expect(page.getByLabel('Password')).toBeVisible();
  await enterPassword(page, bob);
  await enterCurrentEmailCode(page, bob);
  await expect(page).toHaveURL(`${spaOrigin}/account`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByTestId('signed-in-at')).toContainText('just now');
  await nav(page, 'Profile');
  await expect(page.getByTestId('assurance')).toContainText('Two factors');
  await stepUpSettled(page);

  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: String(ACCOUNT_MAX_AGE_SECONDS) }]);
  expect(traffic.callbacks).toHaveLength(1);
});

test('cancelling the step-up at the provider explains what was needed, without a loop', async ({ page }) => {
  await signInWithPassword(page, bob);
  const traffic = recordStepUpTraffic(page);

  await nav(page, 'Profile');
  await expect(page.getByLabel('Verification code')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in was cancelled' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'To open the page /profile, the app needs a two-factor sign-in, such as your password and an email code.',
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to home' })).toBeVisible();
  await stepUpSettled(page);
  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);

  await page.getByRole('link', { name: 'Back to home' }).click();
  await expect(page).toHaveURL(`${spaOrigin}/`);
  await expect(page.getByTestId('user-name')).toHaveText(bob.name);
});

test('a level the user does not reach is explained once, without a loop', async ({ page }) => {
  await signInWithPassword(page, alice);
  const traffic = recordStepUpTraffic(page);

  await nav(page, 'Security');
  // Alice has no passkey: after the email code the provider offers one; she declines.
  await enterCurrentEmailCode(page, alice);
  await page.getByRole('button', { name: 'Not now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'A passkey is needed' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'To open the page /security, the app needs a phishing-resistant sign-in, such as a passkey.',
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await stepUpSettled(page);
  expect(traffic.authorize).toEqual([{ acrValues: 'phr', maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: 'A passkey is needed' })).toBeVisible();
});

test('a crafted return URL after sign-in lands on home', async ({ page }) => {
  // Stands in for anything that rewrites the stored "take me back" value (okta-auth-js's
  // `referrerPath` in sessionStorage) before the callback reads it.
  await page.addInitScript(() => {
    const crafted = localStorage.getItem('e2e.crafted-return-url');
    if (location.pathname === '/login/callback' && crafted !== null) {
      sessionStorage.setItem('referrerPath', crafted);
    }
  });
  const offsite: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith('evil.example')) offsite.push(request.url());
  });

  const cases = [
    // The control: a path inside the app is honoured, so the value really reaches the callback.
    { crafted: '/transactions', lands: '/transactions' },
    { crafted: '//evil.example', lands: '/' },
    { crafted: '/\\evil.example', lands: '/' },
    { crafted: '/%2F%2Fevil.example', lands: '/' },
    { crafted: 'https://evil.example/', lands: '/' },
  ];
  for (const { crafted, lands } of cases) {
    await page.goto('/');
    await page.evaluate((value) => localStorage.setItem('e2e.crafted-return-url', value), crafted);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await enterPassword(page, alice);

    await expect(page, `after sign-in with the return URL ${crafted}`).toHaveURL(`${spaOrigin}${lands}`);
    await expect(page.getByTestId('user-name')).toHaveText(alice.name);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  }
  expect(offsite).toEqual([]);
});
