import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { epochSeconds, OktaAcr } from 'step-up';
import { ManualClock } from 'step-up/testing';

import { ENROLLMENT_FACTOR_MAX_AGE_SECONDS } from '../authentication/assurance-policy.js';
import { DEFAULT_ONE_TIME_CODES } from '../email-codes/one-time-code-store.js';
import { alertOf, formsOf, passkeyOptionsOf } from '../testing/html-form.js';
import type { Landing } from '../testing/browser.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import { SoftwareAuthenticator } from '../testing/software-authenticator.js';
import { useProviderPerTest } from '../testing/shared-provider.js';
import { claimsOf } from '../testing/token-claims.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };
const CODE_LIFETIME_MS = DEFAULT_ONE_TIME_CODES.lifetimeSeconds * 1000;
const ENROLLMENT_WINDOW_MS = ENROLLMENT_FACTOR_MAX_AGE_SECONDS * 1000;

/** The sign-in step a page asks for, read from where its form posts. */
function stepOf(landing: Landing): string {
  if (landing.kind !== 'page') {
    return 'back to the client';
  }
  const actions = formsOf(landing.html).map(({ action }) => action);
  if (actions.some((action) => action.endsWith('/passkey/enroll'))) return 'enroll-passkey';
  if (actions.some((action) => action.endsWith('/code'))) return 'email-code';
  if (actions.some((action) => action.endsWith('/password'))) return 'password';
  return `unknown page at ${landing.url.href}`;
}

function asPage(landing: Landing): Page {
  if (landing.kind !== 'page') {
    throw new Error(`expected a provider page, got a redirect to ${landing.url.href}`);
  }
  return landing;
}

/**
 * The sign-in steps date what they prove, and the assurance check judges `auth_time` and the proofs' ages, on the
 * provider's clock: moving it is enough, nothing waits. oidc-provider keeps its own timestamps (iat, exp, cookies)
 * on the system clock, so the test clock starts at the real time and only moves forward.
 */
describe('sign-in steps and the assurance check on the provider clock', () => {
  const clock = new ManualClock();
  beforeEach(() => clock.set(Date.now()));
  const provider = useProviderPerTest({ clock });

  function storedPasskeys(): number {
    const db = new Database(join(provider().dataDir, 'accounts.db'), { readonly: true });
    try {
      return db.prepare<[], { count: number }>('SELECT count(*) AS count FROM passkeys').get()?.count ?? 0;
    } finally {
      db.close();
    }
  }

  /** A new browser signed in with alice's password, on the code page of a two-factor sign-in. */
  async function codePage() {
    const client = new TestClient(provider());
    const { request, landing } = await client.authorize({ acrValues: OktaAcr.TwoFactor });
    const page = asPage(await client.submit(asPage(landing), '/password', ALICE));
    expect(stepOf(page)).toBe('email-code');
    return { client, request, page };
  }

  it('dates a password sign-in by the clock: auth_time is its second', async () => {
    clock.advance(90_000);
    const expected = epochSeconds(clock);

    const { tokens } = await new TestClient(provider()).signIn(ALICE);

    expect(claimsOf(tokens.id_token).auth_time).toBe(expected);
  });

  it('accepts an email code a second before it expires, and dates the two-factor sign-in then', async () => {
    const { client, request, page } = await codePage();
    clock.advance(CODE_LIFETIME_MS - 1_000);

    const callback = await client.submit(page, '/code', { code: client.latestCode(ALICE.email) });
    const idToken = claimsOf((await client.exchange(callback, request)).id_token);

    expect(idToken).toMatchObject({ acr: OktaAcr.TwoFactor, auth_time: epochSeconds(clock) });
  });

  it('refuses an email code once it expires, with 422 and a way on', async () => {
    const { client, page } = await codePage();
    clock.advance(CODE_LIFETIME_MS);

    const refused = asPage(await client.submit(page, '/code', { code: client.latestCode(ALICE.email) }));

    expect(refused.status).toBe(422);
    expect(alertOf(refused.html)).toBe('That code has expired. Send a new code to try again.');
  });

  it('judges max_age on the clock: the session is recent up to max_age seconds, then the password is asked', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);

    clock.advance(300_000);
    const recent = await client.signIn({ ...ALICE, maxAge: 300 });
    clock.advance(1_000);
    const stale = await client.signIn({ ...ALICE, maxAge: 300 });

    expect([recent.pagesSeen, stale.pagesSeen]).toEqual([[], ['password']]);
    expect(claimsOf(stale.tokens.id_token).auth_time).toBe(epochSeconds(clock));
  });

  it('offers a passkey enrollment while the password and the code are within the window, and asks for the password once the password is older', async () => {
    const client = new TestClient(provider());
    await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor });

    clock.advance(ENROLLMENT_WINDOW_MS);
    const within = await client.authorize({ acrValues: OktaAcr.PhishingResistant });
    clock.advance(1_000);
    const past = await client.authorize({ acrValues: OktaAcr.PhishingResistant });

    expect([stepOf(within.landing), stepOf(past.landing)]).toEqual(['enroll-passkey', 'password']);
  });

  it('refuses an enrollment submitted after the window closed on the page, and asks for the password again', async () => {
    const client = new TestClient(provider());
    await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor });
    const { landing } = await client.authorize({ acrValues: OktaAcr.PhishingResistant });
    const enrollment = asPage(landing);
    const credential = new SoftwareAuthenticator(provider().url).create(
      passkeyOptionsOf<PublicKeyCredentialCreationOptionsJSON>(enrollment.html, '/passkey/enroll'),
    );

    clock.advance(ENROLLMENT_WINDOW_MS + 1_000);
    const next = await client.submit(enrollment, '/passkey/enroll', {
      credential: JSON.stringify(credential),
    });

    expect(stepOf(next)).toBe('password');
    expect(storedPasskeys()).toBe(0);
  });
});
