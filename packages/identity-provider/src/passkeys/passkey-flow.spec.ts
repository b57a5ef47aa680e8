import { join } from 'node:path';

import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import Database from 'better-sqlite3';
import { OktaAcr } from 'step-up';

import type { Logger } from '../logging/logger.js';
import { alertOf, buttonsOf, passkeyOptionsOf } from '../testing/html-form.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import { SoftwareAuthenticator, type CeremonyOverrides } from '../testing/software-authenticator.js';
import {
  removeDataDir,
  startTestProvider,
  temporaryDataDir,
  type TestProvider,
} from '../testing/test-provider.js';
import { claimsOf } from '../testing/token-claims.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };
const BOB = { email: 'bob@example.com', password: 'builder' };

type CreationOptions = PublicKeyCredentialCreationOptionsJSON;
type RequestOptions = PublicKeyCredentialRequestOptionsJSON;

function recordingLogger(lines: string[]): Logger {
  return {
    info: (message) => lines.push(`INFO ${message}`),
    warn: (message) => lines.push(`WARN ${message}`),
    error: (message) => lines.push(`ERROR ${message}`),
  };
}

function asPage(landing: Awaited<ReturnType<TestClient['submit']>>): Page {
  if (landing.kind !== 'page') {
    throw new Error(`expected a provider page, got a redirect to ${landing.url.href}`);
  }
  return landing;
}

describe('passkeys', () => {
  const logs: string[] = [];
  let running: TestProvider;
  let bobsAuthenticator: SoftwareAuthenticator | undefined;
  let alicesAuthenticator: SoftwareAuthenticator | undefined;
  const provider = () => running;

  beforeAll(async () => {
    running = await startTestProvider(temporaryDataDir(), recordingLogger(logs));
  });
  afterAll(async () => {
    await running.close();
    removeDataDir(running.dataDir);
  });

  function storedPasskeys(email: string): number {
    const db = new Database(join(running.dataDir, 'accounts.db'), { readonly: true });
    try {
      return (
        db
          .prepare<[string], { count: number }>(
            'SELECT count(*) AS count FROM passkeys JOIN accounts ON accounts.id = passkeys.account_id WHERE accounts.email = ?',
          )
          .get(email)?.count ?? 0
      );
    } finally {
      db.close();
    }
  }

  /** Signs in with a password, then asks for phr and goes as far as the page the provider offers next. */
  async function passwordSessionAskingForPhr(account = ALICE) {
    const client = new TestClient(provider());
    await client.signIn(account);
    const { request, landing } = await client.authorize({ acrValues: OktaAcr.PhishingResistant });
    return { client, request, page: asPage(landing) };
  }

  async function reachEnrollment(account = ALICE) {
    const { client, request, page: codePage } = await passwordSessionAskingForPhr(account);
    const enrollment = asPage(
      await client.submit(codePage, '/code', { code: client.latestCode(account.email) }),
    );
    return { client, request, codePage, enrollment };
  }

  async function enroll(account = ALICE, authenticator = new SoftwareAuthenticator(running.url)) {
    const { client, request, enrollment } = await reachEnrollment(account);
    const response = authenticator.create(
      passkeyOptionsOf<CreationOptions>(enrollment.html, '/passkey/enroll'),
    );
    const callback = await client.submit(enrollment, '/passkey/enroll', {
      credential: JSON.stringify(response),
    });
    return { authenticator, tokens: await client.exchange(callback, request) };
  }

  async function signInWithPasskey(
    authenticator: SoftwareAuthenticator,
    acrValues?: string,
    overrides: CeremonyOverrides = {},
  ) {
    const client = new TestClient(provider());
    const { request, landing } = await client.authorize({ ...(acrValues && { acrValues }) });
    const page = asPage(landing);
    const response = authenticator.get(passkeyOptionsOf<RequestOptions>(page.html, '/passkey'), overrides);
    const callback = await client.submit(page, '/passkey', { credential: JSON.stringify(response) });
    return { client, tokens: await client.exchange(callback, request) };
  }

  describe('enrollment inside the sign-in flow', () => {
    it('asks a password session for the email code, then sets up a passkey and answers phr', async () => {
      // Bob's passkey is used again below, for "another account's passkey".
      const { enrollment, codePage } = await reachEnrollment(BOB);
      const before = Math.floor(Date.now() / 1000);

      expect(codePage.html).toContain('Check your email');
      expect(enrollment.status).toBe(200);
      expect(enrollment.html).toContain('<h1>Set up a passkey</h1>');
      expect(buttonsOf(enrollment.html)).toEqual(['Set up a passkey', 'Not now']);
      expect(enrollment.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(enrollment.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(passkeyOptionsOf<CreationOptions>(enrollment.html, '/passkey/enroll')).toMatchObject({
        rp: { id: 'localhost' },
        user: { name: BOB.email },
        attestation: 'none',
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });

      const enrolled = await enroll(BOB);
      bobsAuthenticator = enrolled.authenticator;
      const { tokens } = enrolled;
      const idToken = claimsOf(tokens.id_token);

      expect(idToken).toMatchObject({ acr: 'phr', amr: ['pwd', 'email', 'swk', 'user', 'mfa'] });
      expect(idToken.auth_time).toBeGreaterThanOrEqual(before);
      expect(claimsOf(tokens.access_token)).toMatchObject({ acr: 'phr', amr: idToken.amr });
      expect(storedPasskeys(BOB.email)).toBe(1);
    });

    it('answers unmet_authentication_requirements when the user chooses "Not now"', async () => {
      const { client, request, enrollment } = await reachEnrollment(ALICE);

      const callback = await client.submit(enrollment, '/passkey/skip');

      expect(callback.kind).toBe('client');
      expect(callback.url.searchParams.get('error')).toBe('unmet_authentication_requirements');
      expect(callback.url.searchParams.get('state')).toBe(request.state);
      expect(storedPasskeys(ALICE.email)).toBe(0);
    });

    const refusals: ReadonlyArray<{
      description: string;
      form: (authenticator: SoftwareAuthenticator, options: CreationOptions) => Record<string, string>;
      status: number;
      alert: string;
    }> = [
      {
        description: 'a cancelled or timed-out ceremony',
        form: () => ({ outcome: 'cancelled' }),
        status: 400,
        alert: 'The passkey request was cancelled or timed out. Nothing was saved. You can try again.',
      },
      {
        description: 'a browser without passkeys (or without script)',
        form: () => ({}),
        status: 400,
        alert: 'This browser cannot use passkeys here',
      },
      {
        description: 'malformed JSON',
        form: () => ({ credential: '{"id": [' }),
        status: 400,
        alert: 'The passkey response could not be read. Try again.',
      },
      {
        description: 'a ceremony on another origin',
        form: (a, o) => ({ credential: JSON.stringify(a.create(o, { origin: 'http://localhost:1' })) }),
        status: 400,
        alert: 'This passkey response comes from another website.',
      },
      {
        description: 'a credential for another RP id',
        form: (a, o) => ({ credential: JSON.stringify(a.create(o, { rpId: 'example.com' })) }),
        status: 400,
        alert: 'This passkey belongs to another website.',
      },
      {
        description: 'an authenticator that did not verify the user',
        form: (a, o) => ({ credential: JSON.stringify(a.create(o, { userVerified: false })) }),
        status: 400,
        alert: 'Your device did not verify that it is you',
      },
    ];

    it.each(refusals)(
      'refuses $description with $status, a message and nothing stored',
      async ({ form, status, alert }) => {
        const { client, enrollment } = await reachEnrollment(ALICE);
        const options = passkeyOptionsOf<CreationOptions>(enrollment.html, '/passkey/enroll');

        const refused = asPage(
          await client.submit(
            enrollment,
            '/passkey/enroll',
            form(new SoftwareAuthenticator(running.url), options),
          ),
        );

        expect(refused.status).toBe(status);
        expect(alertOf(refused.html)).toContain(alert);
        expect(buttonsOf(refused.html)).toEqual(['Set up a passkey', 'Not now']);
        expect(storedPasskeys(ALICE.email)).toBe(0);
      },
    );

    it('refuses a response sent a second time (the challenge is single use)', async () => {
      const { client, enrollment } = await reachEnrollment(ALICE);
      const credential = JSON.stringify(
        new SoftwareAuthenticator(running.url).create(passkeyOptionsOf(enrollment.html, '/passkey/enroll'), {
          userVerified: false,
        }),
      );
      await client.submit(enrollment, '/passkey/enroll', { credential });

      const replayed = asPage(await client.submit(enrollment, '/passkey/enroll', { credential }));

      expect(replayed.status).toBe(400);
      expect(alertOf(replayed.html)).toBe('This passkey request has expired or was already used. Try again.');
      expect(storedPasskeys(ALICE.email)).toBe(0);
    });

    it("refuses a response to another sign-in page's challenge", async () => {
      const first = await reachEnrollment(ALICE);
      const second = await reachEnrollment(ALICE);
      const forOther = new SoftwareAuthenticator(running.url).create(
        passkeyOptionsOf(second.enrollment.html, '/passkey/enroll'),
      );

      const refused = asPage(
        await first.client.submit(first.enrollment, '/passkey/enroll', {
          credential: JSON.stringify(forOther),
        }),
      );

      expect(refused.status).toBe(400);
      expect(alertOf(refused.html)).toBe(
        'This passkey response was made for another sign-in page. Try again on this page.',
      );
      expect(storedPasskeys(ALICE.email)).toBe(0);
    });

    it.each<{ description: string; body: Record<string, string>; status: number }>([
      { description: 'an oversized credential field', body: { credential: 'x'.repeat(12_001) }, status: 400 },
      {
        description: 'an oversized form',
        body: { credential: 'x'.repeat(11_000), outcome: 'y'.repeat(6_000) },
        status: 413,
      },
    ])('refuses $description with $status', async ({ body, status }) => {
      const { client, enrollment } = await reachEnrollment(ALICE);

      const refused = asPage(await client.submit(enrollment, '/passkey/enroll', body));

      expect(refused.status).toBe(status);
      expect(storedPasskeys(ALICE.email)).toBe(0);
    });
  });

  describe('signing in with a passkey', () => {
    let authenticator: SoftwareAuthenticator;

    beforeAll(async () => {
      ({ authenticator } = await enroll(ALICE));
      alicesAuthenticator = authenticator;
    });

    it('offers "Sign in with a passkey" on the sign-in page, for any discoverable passkey with user verification', async () => {
      const { landing } = await new TestClient(provider()).authorize();
      const page = asPage(landing);

      expect(buttonsOf(page.html)).toEqual(['Sign in', 'Sign in with a passkey', 'Cancel']);
      expect(passkeyOptionsOf<RequestOptions>(page.html, '/passkey')).toMatchObject({
        rpId: 'localhost',
        userVerification: 'required',
        allowCredentials: [],
      });
      expect(page.html).toContain('<script src="/assets/simplewebauthn-browser.js" defer></script>');
    });

    it('signs in from a new browser at phr with amr swk, user, mfa and auth_time at the assertion', async () => {
      const before = Math.floor(Date.now() / 1000);
      const { tokens } = await signInWithPasskey(authenticator, OktaAcr.PhishingResistant);

      expect(claimsOf(tokens.id_token)).toMatchObject({ acr: 'phr', amr: ['swk', 'user', 'mfa'] });
      expect(claimsOf(tokens.id_token).auth_time).toBeGreaterThanOrEqual(before);
    });

    it('answers the requested lower level from a passkey session without asking again', async () => {
      const { client } = await signInWithPasskey(authenticator);

      const twoFactor = await client.signIn({ acrValues: OktaAcr.TwoFactor });

      expect(twoFactor.pagesSeen).toEqual([]);
      expect(claimsOf(twoFactor.tokens.id_token)).toMatchObject({
        acr: OktaAcr.TwoFactor,
        amr: ['swk', 'user', 'mfa'],
      });
    });

    it('asks a password session of an account with a passkey to use it for phr', async () => {
      const { client, request, page } = await passwordSessionAskingForPhr(ALICE);

      expect(page.html).toContain('<h1>Use your passkey</h1>');
      expect(buttonsOf(page.html)).toEqual(['Use your passkey', 'Cancel']);
      const options = passkeyOptionsOf<RequestOptions>(page.html, '/passkey');
      expect(options.allowCredentials?.map(({ id }) => id)).toEqual(authenticator.credentialIds());

      const callback = await client.submit(page, '/passkey', {
        credential: JSON.stringify(authenticator.get(options)),
      });
      const tokens = await client.exchange(callback, request);

      expect(claimsOf(tokens.id_token)).toMatchObject({ acr: 'phr', amr: ['swk', 'user', 'mfa'] });
    });

    it('never reaches phrh: a passkey registered with none attestation is not proven hardware-bound', async () => {
      const { client } = await signInWithPasskey(authenticator);

      const { landing } = await client.authorize({ acrValues: OktaAcr.PhishingResistantHardware });

      expect(landing.kind).toBe('client');
      expect(landing.url.searchParams.get('error')).toBe('unmet_authentication_requirements');
    });

    it('lists phr but not phrh in discovery', async () => {
      const discovery = (await (
        await fetch(`${running.issuer}/.well-known/openid-configuration`)
      ).json()) as { acr_values_supported: string[] };

      expect(discovery.acr_values_supported).toContain('phr');
      expect(discovery.acr_values_supported).not.toContain('phrh');
    });

    it('refuses a passkey that is not registered here', async () => {
      const stranger = new SoftwareAuthenticator(running.url);
      stranger.create(await fakeCreationOptions());
      const client = new TestClient(provider());
      const { landing } = await client.authorize();
      const page = asPage(landing);

      const refused = asPage(
        await client.submit(page, '/passkey', {
          credential: JSON.stringify(stranger.get(passkeyOptionsOf(page.html, '/passkey'))),
        }),
      );

      expect(refused.status).toBe(400);
      expect(alertOf(refused.html)).toBe(
        'This passkey is not registered here. Sign in with your password, or use another passkey.',
      );
    });

    it.each<{ description: string; overrides: CeremonyOverrides; status: number; alert: string }>([
      {
        description: 'a signature counter that goes backwards, and logs it',
        overrides: { counter: 0 },
        status: 403,
        alert: 'This passkey could not be trusted',
      },
      {
        description: 'missing user verification',
        overrides: { userVerified: false },
        status: 400,
        alert: 'Your device did not verify that it is you',
      },
    ])('refuses $description', async ({ overrides, status, alert }) => {
      const client = new TestClient(provider());
      const { landing } = await client.authorize();
      const page = asPage(landing);

      const refused = asPage(
        await client.submit(page, '/passkey', {
          credential: JSON.stringify(authenticator.get(passkeyOptionsOf(page.html, '/passkey'), overrides)),
        }),
      );

      expect(refused.status).toBe(status);
      expect(alertOf(refused.html)).toContain(alert);
      expect(buttonsOf(refused.html)).toContain('Sign in with a passkey');
    });

    it("refuses another account's passkey for the signed-in account", async () => {
      const bobs = bobsAuthenticator!;
      const { client, page } = await passwordSessionAskingForPhr(ALICE);
      const options = passkeyOptionsOf<RequestOptions>(page.html, '/passkey');

      const refused = asPage(
        await client.submit(page, '/passkey', {
          credential: JSON.stringify(bobs.get(options, { credentialId: bobs.credentialIds()[0] })),
        }),
      );

      expect(refused.status).toBe(403);
      expect(alertOf(refused.html)).toBe(
        'This passkey belongs to another account. Use the passkey of the account you are signed in with.',
      );
    });

    it('logs refusals without keys, signatures or credential data', () => {
      const logged = logs.join('\n');

      expect(logged).toContain('Passkey sign-in refused: counter-regressed');
      expect(logged).toMatch(/WARN Passkey sign-in refused for alice@example\.com: other-account/);
      expect(logged).not.toMatch(/publicKey|signature|attestationObject|clientDataJSON|BEGIN PUBLIC KEY/);
    });
  });

  describe('across a restart', () => {
    it('keeps the passkey: signing in with it works after the provider starts again on the same data', async () => {
      const { dataDir } = running;
      await running.close();
      running = await startTestProvider(dataDir, recordingLogger(logs));

      // The new port makes a new origin; the RP id (localhost), and so the passkey, stay the same.
      const { tokens } = await signInWithPasskey(alicesAuthenticator!, OktaAcr.PhishingResistant, {
        origin: running.url,
      });

      expect(claimsOf(tokens.id_token)).toMatchObject({ acr: 'phr', amr: ['swk', 'user', 'mfa'] });
    });
  });

  async function fakeCreationOptions(): Promise<CreationOptions> {
    const { registrationOptions } = await import('./passkey-registration.js');
    const { relyingPartyFor } = await import('./relying-party.js');
    return registrationOptions(
      relyingPartyFor(running.issuer),
      {
        id: '00unobody000000000000',
        email: 'nobody@example.com',
        emailVerified: true,
        givenName: 'No',
        familyName: 'Body',
      },
      [],
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
  }
});
