import { randomBytes } from 'node:crypto';

import type { Account } from '../accounts/account.js';
import { SoftwareAuthenticator, type CeremonyOverrides } from '../testing/software-authenticator.js';
import { authenticationOptions, verifyAssertion } from './passkey-authentication.js';
import { registrationOptions, verifyRegistration } from './passkey-registration.js';
import type { PasskeyRefusalCode } from './passkey-refusal.js';
import type { Passkey } from './passkey-store.js';
import { relyingPartyFor } from './relying-party.js';

const rp = relyingPartyFor('http://localhost:3001/oauth2/default');
const alice: Account = {
  id: '00ualice0000000000000',
  email: 'alice@example.com',
  emailVerified: true,
  givenName: 'Alice',
  familyName: 'Liddell',
};
const bob: Account = { ...alice, id: '00ubob000000000000000', email: 'bob@example.com' };
const CHALLENGE = randomBytes(32).toString('base64url');
const OTHER_CHALLENGE = randomBytes(32).toString('base64url');

async function registered(account: Account, authenticator = new SoftwareAuthenticator(rp.origin)) {
  const options = await registrationOptions(rp, account, [], CHALLENGE);
  const response = authenticator.create(options);
  const passkey = await verifyRegistration(account, JSON.stringify(response), { rp, challenge: CHALLENGE });
  const stored: Passkey = { ...passkey, createdAt: '2030-01-01T00:00:00.000Z', lastUsedAt: undefined };
  return { authenticator, stored };
}

describe('passkey registration', () => {
  it('turns a user-verified registration on this origin into a passkey of the account', async () => {
    const authenticator = new SoftwareAuthenticator(rp.origin);
    const options = await registrationOptions(rp, alice, [], CHALLENGE);
    const response = authenticator.create(options);

    const passkey = await verifyRegistration(alice, JSON.stringify(response), { rp, challenge: CHALLENGE });

    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'Step-up demo' },
      user: { name: 'alice@example.com', displayName: 'Alice Liddell' },
      attestation: 'none',
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      timeout: 300_000,
    });
    expect(passkey).toMatchObject({
      id: response.id,
      accountId: alice.id,
      signCount: 0,
      transports: ['internal'],
    });
    expect(passkey.publicKey.length).toBeGreaterThan(60);
  });

  type Options = Awaited<ReturnType<typeof registrationOptions>>;
  const refusals: ReadonlyArray<{
    description: string;
    response: (authenticator: SoftwareAuthenticator, options: Options) => string;
    challenge: string | undefined;
    retired?: string;
    code: PasskeyRefusalCode;
  }> = [
    {
      description: 'text that is not JSON',
      response: () => '{"id":',
      challenge: CHALLENGE,
      code: 'malformed',
    },
    {
      description: 'JSON that is not a credential',
      response: () => '{"id":"abc"}',
      challenge: CHALLENGE,
      code: 'malformed',
    },
    {
      description: 'an id that differs from rawId',
      response: (a, o) => JSON.stringify({ ...a.create(o), rawId: 'AAAA' }),
      challenge: CHALLENGE,
      code: 'malformed',
    },
    {
      description: 'an attestation object that is not CBOR',
      response: (a, o) => {
        const created = a.create(o);
        return JSON.stringify({ ...created, response: { ...created.response, attestationObject: 'AAAA' } });
      },
      challenge: CHALLENGE,
      code: 'malformed',
    },
    {
      description: 'a response when no challenge is left to answer (expired or used)',
      response: (a, o) => JSON.stringify(a.create(o)),
      challenge: undefined,
      code: 'challenge-expired',
    },
    {
      description: 'a response to a challenge this page used before',
      response: (a, o) => JSON.stringify(a.create(o, { challenge: OTHER_CHALLENGE })),
      challenge: CHALLENGE,
      retired: OTHER_CHALLENGE,
      code: 'challenge-expired',
    },
    {
      description: "a response to another page's challenge",
      response: (a, o) => JSON.stringify(a.create(o, { challenge: OTHER_CHALLENGE })),
      challenge: CHALLENGE,
      code: 'challenge-foreign',
    },
    {
      description: 'a ceremony run on another origin',
      response: (a, o) => JSON.stringify(a.create(o, { origin: 'http://localhost:3002' })),
      challenge: CHALLENGE,
      code: 'wrong-origin',
    },
    {
      description: 'a credential scoped to another RP id',
      response: (a, o) => JSON.stringify(a.create(o, { rpId: 'evil.example' })),
      challenge: CHALLENGE,
      code: 'wrong-rp-id',
    },
    {
      description: 'an authenticator that did not verify the user',
      response: (a, o) => JSON.stringify(a.create(o, { userVerified: false })),
      challenge: CHALLENGE,
      code: 'user-verification-missing',
    },
  ];

  it.each(refusals)('refuses $description ($code)', async ({ response, challenge, retired, code }) => {
    const options = await registrationOptions(rp, alice, [], CHALLENGE);
    const text = response(new SoftwareAuthenticator(rp.origin), options);
    const wasRetired = (used: string) => used === retired;

    await expect(verifyRegistration(alice, text, { rp, challenge, wasRetired })).rejects.toMatchObject({
      name: 'PasskeyRefusal',
      code,
    });
  });
});

describe('passkey sign-in', () => {
  it('verifies a user-verified assertion of a registered passkey and reports the new counter', async () => {
    const { authenticator, stored } = await registered(alice);
    const options = await authenticationOptions(rp, CHALLENGE);
    const response = authenticator.get(options);

    const verified = await verifyAssertion(JSON.stringify(response), {
      rp,
      challenge: CHALLENGE,
      findPasskey: (id) => (id === stored.id ? stored : undefined),
    });

    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required', allowCredentials: [] });
    expect(verified).toEqual({ passkey: stored, signCount: 1 });
  });

  it("lists only the account's passkeys when the account is known", async () => {
    const { stored } = await registered(alice);

    const options = await authenticationOptions(rp, CHALLENGE, [stored]);

    expect(options.allowCredentials).toEqual([
      { id: stored.id, type: 'public-key', transports: ['internal'] },
    ]);
  });

  type Overrides = CeremonyOverrides & { credentialId?: string };
  const refusals: ReadonlyArray<{
    description: string;
    overrides?: Overrides;
    tamper?: (json: ReturnType<SoftwareAuthenticator['get']>) => unknown;
    challenge?: string | undefined;
    signCount?: number;
    accountId?: string;
    known?: boolean;
    code: PasskeyRefusalCode;
  }> = [
    {
      description: 'a response without a signature',
      tamper: (r) => ({ ...r, response: { ...r.response, signature: 1 } }),
      code: 'malformed',
    },
    {
      description: 'a user handle that is not base64url',
      tamper: (r) => ({ ...r, response: { ...r.response, userHandle: 'a b' } }),
      code: 'malformed',
    },
    { description: 'an expired or used challenge', challenge: undefined, code: 'challenge-expired' },
    {
      description: "another page's challenge",
      overrides: { challenge: OTHER_CHALLENGE },
      code: 'challenge-foreign',
    },
    { description: 'another origin', overrides: { origin: 'https://phish.example' }, code: 'wrong-origin' },
    { description: 'another RP id', overrides: { rpId: 'phish.example' }, code: 'wrong-rp-id' },
    {
      description: 'missing user verification',
      overrides: { userVerified: false },
      code: 'user-verification-missing',
    },
    { description: 'a passkey not registered here', known: false, code: 'unknown-credential' },
    {
      description: "a passkey of another account than the session's",
      accountId: bob.id,
      code: 'other-account',
    },
    {
      description: 'a user handle of another account',
      overrides: { userHandle: Buffer.from(bob.id).toString('base64url') },
      code: 'other-account',
    },
    {
      description: 'a signature counter that goes backwards',
      signCount: 5,
      overrides: { counter: 3 },
      code: 'counter-regressed',
    },
    {
      description: 'a signature counter that stands still',
      signCount: 5,
      overrides: { counter: 5 },
      code: 'counter-regressed',
    },
    {
      description: 'a signature made with another key',
      tamper: (r) => ({
        ...r,
        response: { ...r.response, signature: Buffer.from('not a signature').toString('base64url') },
      }),
      code: 'not-verified',
    },
  ];

  it.each(refusals)(
    'refuses $description ($code)',
    async ({ overrides, tamper, signCount, accountId, known = true, code, ...rest }) => {
      const { authenticator, stored } = await registered(alice);
      const passkey = { ...stored, signCount: signCount ?? stored.signCount };
      const response = authenticator.get(await authenticationOptions(rp, CHALLENGE), overrides);
      const challenge = 'challenge' in rest ? rest.challenge : CHALLENGE;

      await expect(
        verifyAssertion(JSON.stringify(tamper ? tamper(response) : response), {
          rp,
          challenge,
          findPasskey: (id) => (known && id === passkey.id ? passkey : undefined),
          accountId: accountId ?? alice.id,
        }),
      ).rejects.toMatchObject({ name: 'PasskeyRefusal', code });
    },
  );

  it("accepts any account's passkey when the account is not known yet", async () => {
    const { authenticator, stored } = await registered(bob);
    const response = authenticator.get(await authenticationOptions(rp, CHALLENGE));

    const verified = await verifyAssertion(JSON.stringify(response), {
      rp,
      challenge: CHALLENGE,
      findPasskey: () => stored,
    });

    expect(verified.passkey.accountId).toBe(bob.id);
  });
});
