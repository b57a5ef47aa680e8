import OktaJwtVerifier from '@okta/jwt-verifier';
import { createPublicKey, generateKeyPairSync, KeyObject, Verify } from 'node:crypto';
import { InvalidTokenError, systemClock } from 'step-up';
import { segment, signHs256, signRs256, unsecured } from '../../test/support/hand-built-jws';
import { IssuerUnavailableError } from '../errors/api-errors';
import { AccessTokenVerifier } from './access-token-verifier.service';
import { RemoteKeySet } from './remote-key-set';
import { VerifiedTokenCache } from './verified-token-cache';

const ISSUER = 'https://issuer.example/oauth2/default';
const AUDIENCE = 'api://default';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const PUBLIC_PEM = publicKey.export({ format: 'pem', type: 'spki' }).toString();
const HEADER = { alg: 'RS256', kid: 'key-1', typ: 'at+jwt' };

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  aud: AUDIENCE,
  sub: 'alice@example.com',
  iat: now(),
  exp: now() + 3600,
  acr: 'urn:okta:loa:2fa:any',
  ...overrides,
});
const sign = (header: object = HEADER, payload: object = claims()) => signRs256(header, payload, privateKey);
const JWK = { ...publicKey.export({ format: 'jwk' }), kid: 'key-1', use: 'sig' };
const CACHE = { maxEntries: 100, maxBytes: 1024 * 1024 };

describe('AccessTokenVerifier', () => {
  let jwks: { status: number; body: unknown };
  let verifier: AccessTokenVerifier;
  let cache: VerifiedTokenCache;
  let nowMilliseconds: number;

  const createVerifier = (cacheOptions = CACHE) => {
    const fetchJwks = () => Promise.resolve(new Response(JSON.stringify(jwks.body), { status: jwks.status }));
    const keySet = new RemoteKeySet({
      jwksUri: `${ISSUER}/v1/keys`,
      fetch: fetchJwks,
      clock: { now: () => nowMilliseconds },
    });
    cache = new VerifiedTokenCache(cacheOptions);
    return new AccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE }, keySet, systemClock, cache);
  };

  beforeEach(() => {
    nowMilliseconds = Date.now();
    jwks = { status: 200, body: { keys: [JWK] } };
    verifier = createVerifier();
  });

  afterEach(() => jest.restoreAllMocks());

  it('returns the claims of a valid token, frozen', async () => {
    const payload = claims();

    const { claims: verified } = await verifier.verify(sign(HEADER, payload));

    expect(verified).toEqual(payload);
    expect(Object.isFrozen(verified)).toBe(true);
  });

  it.each([
    { description: 'a token without typ', token: () => sign({ alg: 'RS256', kid: 'key-1' }) },
    { description: 'a token typed JWT', token: () => sign({ alg: 'RS256', kid: 'key-1', typ: 'JWT' }) },
    {
      description: 'a token for several audiences',
      token: () => sign(HEADER, claims({ aud: ['api://other', AUDIENCE] })),
    },
  ])('accepts $description', async ({ token }) => {
    await expect(verifier.verify(token())).resolves.toHaveProperty('claims.sub', 'alice@example.com');
  });

  it.each([
    {
      description: 'garbage',
      token: () => 'not-a-token',
      expected: 'The access token is not a JWS in compact serialization (header.payload.signature)',
    },
    {
      description: 'a token of 8 KB and more',
      token: () => sign(HEADER, claims({ filler: 'x'.repeat(8192) })),
      expected: 'The access token is longer than 8192 characters',
    },
    {
      description: 'a header that is not JSON',
      token: () => `${segment('{')}.${segment(claims())}.c2ln`,
      expected: 'The access token header is not JSON in UTF-8',
    },
    {
      description: 'alg none',
      token: () => unsecured({ alg: 'none', kid: 'key-1' }, claims()),
      expected: 'The access token is not signed',
    },
    {
      description: 'an unsigned token claiming RS256',
      token: () => `${segment(HEADER)}.${segment(claims())}.`,
      expected: 'The access token is not signed',
    },
    {
      description: 'HS256 keyed with the public key',
      token: () => signHs256({ alg: 'HS256', kid: 'key-1' }, claims(), PUBLIC_PEM),
      expected: 'The access token must be signed with RS256',
    },
    {
      description: 'a crit header',
      token: () => sign({ ...HEADER, crit: ['exp'] }),
      expected: 'The access token header lists critical extensions (crit) this server does not support',
    },
    {
      description: 'no kid',
      token: () => sign({ alg: 'RS256' }),
      expected: 'The access token header does not name its signing key (kid)',
    },
    {
      description: 'typ dpop+jwt',
      token: () => sign({ ...HEADER, typ: 'dpop+jwt' }),
      expected: 'The access token header declares a type (typ) other than at+jwt or JWT',
    },
    {
      description: 'no exp',
      token: () => sign(HEADER, claims({ exp: undefined })),
      expected: 'The access token has no expiry time (exp)',
    },
    {
      description: 'exp as a string',
      token: () => sign(HEADER, claims({ exp: String(now() + 60) })),
      expected: 'The access token claim exp is not a number of seconds',
    },
    {
      description: 'iat as a string',
      token: () => sign(HEADER, claims({ iat: 'now' })),
      expected: 'The access token claim iat is not a number of seconds',
    },
    {
      description: 'nbf as a string',
      token: () => sign(HEADER, claims({ nbf: '0' })),
      expected: 'The access token claim nbf is not a number of seconds',
    },
    {
      description: 'an expired token',
      token: () => sign(HEADER, claims({ exp: now() - 1 })),
      expected: 'The access token has expired',
    },
    {
      description: 'a token not valid yet',
      token: () => sign(HEADER, claims({ nbf: now() + 60 })),
      expected: 'The access token is not valid yet (nbf)',
    },
    {
      description: 'another issuer',
      token: () => sign(HEADER, claims({ iss: 'https://evil.example/oauth2/default' })),
      expected: 'The access token was issued by another issuer',
    },
    {
      description: 'another audience',
      token: () => sign(HEADER, claims({ aud: 'api://other' })),
      expected: 'The access token is intended for another audience',
    },
    {
      description: 'a numeric sub',
      token: () => sign(HEADER, claims({ sub: 7 })),
      expected: 'The access token has no subject (sub)',
    },
    {
      description: 'a kid the issuer does not publish',
      token: () => sign({ ...HEADER, kid: 'key-2' }),
      expected: 'The access token is signed with a key (kid) the issuer does not publish',
    },
    {
      description: 'a signature by another key',
      token: () => signRs256(HEADER, claims(), impostor),
      expected: 'The access token signature could not be verified',
    },
    {
      description: 'claims changed after signing',
      token: () => tamper(sign(), claims({ acr: 'phrh' })),
      expected: 'The access token signature could not be verified',
    },
  ])('refuses $description', async ({ token, expected }) => {
    await expectInvalidToken(verifier.verify(token()), expected);
  });

  it('answers 503 with Retry-After, not invalid_token, while the issuer keys cannot be downloaded', async () => {
    jwks.status = 503;

    const verification = verifier.verify(sign());

    await expect(verification).rejects.toBeInstanceOf(IssuerUnavailableError);
    await expect(verification).rejects.toMatchObject({
      status: 503,
      code: 'temporarily_unavailable',
      headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' },
    });
  });

  it('still refuses a token that fails before any key is needed while the issuer is down', async () => {
    jwks.status = 503;

    await expectInvalidToken(
      verifier.verify(sign(HEADER, claims({ exp: now() - 1 }))),
      'The access token has expired',
    );
  });

  it("names Okta's user id as the owner when the token carries uid, the subject otherwise", async () => {
    const withUid = await verifier.verify(sign(HEADER, claims({ uid: '00u1a2b3c4' })));
    const withoutUid = await verifier.verify(sign());

    expect([withUid.owner, withoutUid.owner]).toEqual(['uid:00u1a2b3c4', 'sub:alice@example.com']);
  });

  it('has the library check the signature with the imported key, not a PEM string', async () => {
    const signatureCheck = jest.spyOn(Verify.prototype, 'verify');

    await verifier.verify(sign());

    expect(signatureCheck).toHaveBeenCalledTimes(1);
    const [key] = signatureCheck.mock.calls[0] ?? [];
    expect(key).toBeInstanceOf(KeyObject);
    expect((key as KeyObject).equals(publicKey)).toBe(true);
  });

  it('refuses a kid that names a key the issuer publishes for another algorithm', async () => {
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    jwks.body = { keys: [{ ...ecKey.export({ format: 'jwk' }), kid: 'key-1' }] };

    await expectInvalidToken(
      verifier.verify(sign()),
      'The access token is signed with a key (kid) the issuer does not publish',
    );
  });

  it('verifies with the key published under the kid, not any key of the set', async () => {
    jwks.body = {
      keys: [
        { ...createPublicKey(impostor).export({ format: 'jwk' }), kid: 'key-1' },
        { ...publicKey.export({ format: 'jwk' }), kid: 'key-2' },
      ],
    };

    await expectInvalidToken(verifier.verify(sign()), 'The access token signature could not be verified');
  });
  describe('with tokens seen before', () => {
    const librarySpy = () => jest.spyOn(OktaJwtVerifier.prototype, 'verifyAccessToken');

    it('checks the signature of a token once, and answers it again from memory', async () => {
      const token = sign();
      const library = librarySpy();

      const first = await verifier.verify(token);
      const again = await verifier.verify(token);

      expect(again).toBe(first);
      expect(library).toHaveBeenCalledTimes(1);
    });

    it('hands out claims nobody can change, down to their arrays', async () => {
      const { claims: verified } = await verifier.verify(sign(HEADER, claims({ amr: ['pwd', 'email'] })));

      expect(Object.isFrozen(verified.amr)).toBe(true);
      expect(() => (verified.amr as string[]).push('mfa')).toThrow(TypeError);
    });

    it('refuses a remembered token once it expires, and forgets it', async () => {
      const token = sign(HEADER, claims({ exp: now() + 60 }));
      await verifier.verify(token);
      jest.useFakeTimers({
        now: (now() + 60) * 1000,
        doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'],
      });
      try {
        await expectInvalidToken(verifier.verify(token), 'The access token has expired');
      } finally {
        jest.useRealTimers();
      }
      expect(cache.size).toBe(0);
    });

    it('refuses a remembered token once the issuer stops publishing its key', async () => {
      const token = sign();
      await verifier.verify(token);
      jwks.body = { keys: [{ ...JWK, kid: 'key-2' }] };
      nowMilliseconds += 10 * 60_000;

      await expectInvalidToken(
        verifier.verify(token),
        'The access token is signed with a key (kid) the issuer does not publish',
      );
      expect(cache.size).toBe(0);
    });

    it('refuses a remembered token once its kid names other key material', async () => {
      const token = sign();
      await verifier.verify(token);
      jwks.body = { keys: [{ ...createPublicKey(impostor).export({ format: 'jwk' }), kid: 'key-1' }] };
      nowMilliseconds += 10 * 60_000;

      await expectInvalidToken(verifier.verify(token), 'The access token signature could not be verified');
    });

    it('remembers no refused token', async () => {
      const good = sign();
      await verifier.verify(good);
      const refused = [tamper(good, claims({ acr: 'phrh' })), signRs256(HEADER, claims(), impostor)];

      for (const token of [...refused, ...refused]) {
        await expectInvalidToken(verifier.verify(token), 'The access token signature could not be verified');
      }
      expect(cache.size).toBe(1);
    });

    it('verifies every time with the cache turned off', async () => {
      verifier = createVerifier({ maxEntries: 0, maxBytes: CACHE.maxBytes });
      const token = sign();
      const library = librarySpy();

      await verifier.verify(token);
      await verifier.verify(token);

      expect(library).toHaveBeenCalledTimes(2);
      expect(cache.size).toBe(0);
    });
  });
});

async function expectInvalidToken(verification: Promise<unknown>, description: string): Promise<void> {
  await expect(verification).rejects.toBeInstanceOf(InvalidTokenError);
  await expect(verification).rejects.toMatchObject({ code: 'invalid_token', status: 401, description });
}

/** Swaps the payload of a signed token, keeping its header and signature. */
function tamper(token: string, payload: object): string {
  const [header, , signature] = token.split('.');
  return `${header}.${segment(payload)}.${signature}`;
}
