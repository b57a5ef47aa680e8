import { expect, test } from '@playwright/test';
import { alice } from './support/accounts';
import { recordCspViolations } from './support/csp-violations';
import { enterCurrentEmailCode } from './support/email-code';
import { idpOrigin, spaOrigin } from './support/ports';
import { signInWithPassword } from './support/spa';

// The SPA is served with the Content-Security-Policy a deployment sends (scripts/content-security-policy.mjs):
// these tests prove the app works under it and that it blocks what it is meant to block.

test('serves the SPA with its policy: own scripts only, the issuer for connections, no framing', async ({
  page,
}) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';

  expect(policy.split('; ')).toEqual(
    expect.arrayContaining([
      "default-src 'self'",
      "script-src 'self'",
      `connect-src 'self' ${idpOrigin}`,
      "frame-ancestors 'none'",
    ]),
  );
});

test('signs in, steps up to two factors and opens the app pages with no policy violation', async ({
  page,
}) => {
  const violations = await recordCspViolations(page);

  await signInWithPassword(page, alice);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
  await enterCurrentEmailCode(page, alice);
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${alice.name}` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('list', { name: 'Your messages' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transactions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();

  expect(violations).toEqual([]);
});

test('blocks a script injected into the page, and reports it', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran"';
    document.body.append(script);
    return document.documentElement.dataset['injected'] ?? 'blocked';
  });

  expect(ran).toBe('blocked');
  await expect
    .poll(() => violations.map(({ directive, blocked }) => `${directive} ${blocked}`))
    .toEqual(['script-src-elem inline']);
});

test('cannot be framed, not even by a page that names it', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));

  await page.setContent(`<iframe title="the app in a frame" src="${spaOrigin}/"></iframe>`);

  // Chromium reports the refusal on the framing page's console, naming the app and the directive.
  await expect
    .poll(() => messages.find((text) => text.includes(`'${spaOrigin}/'`)))
    .toContain(`"frame-ancestors 'none'"`);
  expect(page.frames().map((frame) => frame.url())).not.toContain(`${spaOrigin}/`);
  await expect(page.frameLocator('iframe').getByRole('button', { name: 'Sign in' })).toHaveCount(0);
});
