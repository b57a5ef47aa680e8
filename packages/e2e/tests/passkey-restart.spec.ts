import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';
import { bob } from './support/accounts';
import { spaOrigin } from './support/ports';
import { standaloneProvider, type StandaloneProvider } from './support/standalone-provider';
import { addVirtualAuthenticator } from './support/virtual-authenticator';

// Passkeys live in the provider's SQLite database: a provider started again on the same data directory still
// knows them. The SPA talks to the suite's own provider, so this test drives a second one directly, the way
// okta-auth-js does (authorization code + PKCE), and reads the code from the redirect to the SPA's callback.

const CLIENT_ID = 'stepup-spa';
const REDIRECT_URI = `${spaOrigin}/login/callback`;

let provider: StandaloneProvider;

test.beforeAll(async () => {
  provider = standaloneProvider(join(process.env['E2E_STATE_DIR'] ?? '', 'restarted-provider'));
  await provider.start();
});
test.afterAll(async () => {
  await provider.stop();
});

/** Starts an authorization request asking for `phr`; resolves with the code the provider sends to the callback. */
async function authorize(page: Page): Promise<{ code: Promise<string>; verifier: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(`${provider.issuer}/v1/authorize`);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile email',
    redirect_uri: REDIRECT_URI,
    state: randomBytes(16).toString('base64url'),
    nonce: randomBytes(16).toString('base64url'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    acr_values: 'phr',
  }).toString();
  // The callback is reached through redirects, which page.route does not see; the request event does. The
  // SPA cannot use the code (it did not start this request), so the code is still unused when the test takes it.
  const code = page
    .waitForRequest((request) => request.url().startsWith(`${REDIRECT_URI}?`), { timeout: 60_000 })
    .then((request) => new URL(request.url()).searchParams.get('code') ?? '');
  await page.goto(url.href);
  return { code, verifier };
}

async function idTokenClaims(code: string, verifier: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${provider.issuer}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: spaOrigin },
    body: new URLSearchParams({
      client_id: CLIENT_ID,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    }),
  });
  expect(response.status).toBe(200);
  const { id_token: idToken } = (await response.json()) as { id_token: string };
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
}

async function latestCode(): Promise<string> {
  const response = await fetch(`${provider.origin}/dev/mailbox.json?to=${encodeURIComponent(bob.email)}`);
  const { messages } = (await response.json()) as { messages: Array<{ code: string }> };
  return messages[0].code;
}

test('a passkey set up before a provider restart signs in after it', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const authenticator = await addVirtualAuthenticator(page);
  const enrollment = await authorize(page);
  await page.getByLabel('Email').fill(bob.email);
  await page.getByLabel('Password').fill(bob.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Verification code').fill(await latestCode());
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('button', { name: 'Set up a passkey' }).click();
  expect(await idTokenClaims(await enrollment.code, enrollment.verifier)).toMatchObject({ acr: 'phr' });
  const [passkey] = await authenticator.credentials();
  await first.close();

  await provider.stop();
  await provider.start();

  const second = await browser.newContext();
  const after = await second.newPage();
  await (await addVirtualAuthenticator(after)).addCredential(passkey);
  const signIn = await authorize(after);
  await after.getByRole('button', { name: 'Sign in with a passkey' }).click();

  expect(await idTokenClaims(await signIn.code, signIn.verifier)).toMatchObject({
    acr: 'phr',
    amr: ['swk', 'user', 'mfa'],
  });
  await second.close();
});
