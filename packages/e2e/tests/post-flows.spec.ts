import { expect, test } from '@playwright/test';
import { enterCurrentEmailCode } from './support/email-code';
import { alice, bob } from './support/accounts';
import { enterPassword } from './support/provider-pages';
import { spaOrigin } from './support/ports';
import { countAuthorizeRequests, signInWithPassword, stepUpSettled } from './support/spa';
import { recordStepUpTraffic, statusesOf, TWO_FACTOR } from './support/step-up-traffic';

// The three flows of the blog post, plus sign-out and an authentication level the provider can't meet,
// driven through the real SPA, API and embedded OpenID Provider. Each test reads its own email code from the
// dev mailbox once its sign-in asked for one, so they pass alone and in any order.

test('signs in with a password and lands on home', async ({ page }) => {
  await signInWithPassword(page, alice);

  await expect(page.getByRole('heading', { level: 1, name: 'Step-up authentication demo' })).toBeVisible();
  await expect(page.getByText(`You're signed in as ${alice.name}.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test("OktaAuthGuard steps up the post's profile route: only the email code, one redirect out and back", async ({
  page,
}) => {
  // The profile route is the post's `canActivate: [OktaAuthGuard]` with `data.okta.acrValues`; no guard of ours.
  await signInWithPassword(page, alice);
  const traffic = recordStepUpTraffic(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await enterCurrentEmailCode(page, alice);

  await expect(page).toHaveURL(`${spaOrigin}/profile`);
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${alice.name}` })).toBeVisible();
  await expect(page.getByTestId('assurance')).toContainText('Two factors');
  await expect(page.locator('code', { hasText: 'urn:okta:loa:2fa:any' })).toBeVisible();
  // Opening it again with the two-factor token: OktaAuthGuard's exact acr match lets it through.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${alice.name}` })).toBeVisible();
  await stepUpSettled(page);
  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
});

test('steps up when the API challenges the messages request, with one redirect out and back', async ({
  page,
}) => {
  await signInWithPassword(page, bob);
  const traffic = recordStepUpTraffic(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
  await enterCurrentEmailCode(page, bob);

  await expect(page).toHaveURL(`${spaOrigin}/messages`);
  const messages = page.getByRole('list', { name: 'Your messages' }).getByRole('listitem');
  await expect(messages.first()).toBeVisible();
  expect(await messages.count()).toBeGreaterThan(0);
  await stepUpSettled(page);
  expect(traffic.authorize).toEqual([{ acrValues: TWO_FACTOR, maxAge: null }]);
  expect(traffic.callbacks).toHaveLength(1);
  expect(statusesOf(traffic.apiCalls('GET', '/api/messages'))).toEqual([401, 200]);
});

test('asks for the password again after signing out', async ({ page }) => {
  await signInWithPassword(page, alice);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${spaOrigin}/`);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
  await enterPassword(page, alice);
  // The new session has one factor; the profile route still needs the second.
  await enterCurrentEmailCode(page, alice);
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${alice.name}` })).toBeVisible();
});

test('explains an authentication level the user does not reach instead of looping', async ({ page }) => {
  await signInWithPassword(page, alice);
  const authorize = countAuthorizeRequests(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security' }).click();
  // Alice has no passkey: after the email code the provider offers one; she declines.
  await enterCurrentEmailCode(page, alice);
  await page.getByRole('button', { name: 'Not now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'A passkey is needed' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('phishing-resistant sign-in');
  await expect(page.getByRole('link', { name: 'Back to home' })).toBeVisible();
  // Nothing more may be requested from the provider once the SPA has settled.
  await stepUpSettled(page);
  expect(authorize.acrValues).toEqual(['phr']);
  await expect(page.getByRole('heading', { level: 1, name: 'A passkey is needed' })).toBeVisible();
});
