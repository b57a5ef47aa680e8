import { createPublicKey } from 'node:crypto';
import request from 'supertest';
import { parseWwwAuthenticate } from 'step-up';
import type { ErrorBody } from '../src/errors/error-response';
import { signHs256, unsecured } from './support/hand-built-jws';
import { startTestApp, type TestApp } from './support/test-app';
import { createSigningKey, nowSeconds, type SigningKey, type TokenMinter } from './support/token-minter';

describe('Access token verification on GET /api/messages (e2e)', () => {
  let api: TestApp;
  let minter: TokenMinter;
  /** A key of the same kid as the issuer's, which the issuer never published. */
  let impostorKey: SigningKey;

  beforeAll(async () => {
    api = await startTestApp();
    minter = api.issuer.minter;
    impostorKey = await createSigningKey('key-1');
  });

  afterAll(() => api.close());

  const getMessages = (authorization?: string | string[]) => {
    const call = request(api.server).get('/api/messages');
    return authorization === undefined ? call : call.set({ Authorization: authorization });
  };

  it('answers 401 with a bare Bearer challenge and no error code when no Authorization header is sent', async () => {
    const response = await getMessages();

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
    expect(response.body).toEqual({});
  });

  it('answers 401 with a bare Bearer challenge to credentials of another scheme', async () => {
    const response = await getMessages('Basic YWxpY2U6d29uZGVybGFuZA==');

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
  });

  it.each([
    { description: 'the scheme without a token', header: 'Bearer' },
    { description: 'two tokens', header: 'Bearer abc def' },
    { description: 'a token with a character outside b64token', header: 'Bearer abc"def' },
    { description: 'a token with a comma', header: 'Bearer a,b' },
    { description: 'a tab instead of a space', header: 'Bearer\tabc' },
    { description: 'two Authorization headers', header: ['Bearer abc', 'Bearer def'] },
  ])('answers 400 invalid_request with a challenge to $description', async ({ header }) => {
    const response = await getMessages(header);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_request' });
    expect(bearerParams(response.headers['www-authenticate'])).toMatchObject({ error: 'invalid_request' });
  });

  it.each(['bearer', 'BEARER', 'bEaReR'])('accepts the scheme written as %s', async (scheme) => {
    const response = await getMessages(`${scheme} ${await minter.mint()}`);

    expect(response.status).toBe(200);
  });

  it('reads no access token from the query string', async () => {
    const token = await minter.mint();

    const response = await request(api.server).get(`/api/messages?access_token=${token}`);

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
  });

  it('reads no access token from a form body', async () => {
    const token = await minter.mint();

    const response = await request(api.server)
      .get('/api/messages')
      .type('form')
      .send({ access_token: token });

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
  });

  const invalidTokens: Array<{ description: string; token: () => Promise<string> | string }> = [
    { description: 'an expired token', token: () => minter.mint({ exp: nowSeconds() - 1 }) },
    { description: 'a token not valid yet', token: () => minter.mint({ nbf: nowSeconds() + 120 }) },
    {
      description: 'a token from another issuer',
      token: () => minter.mint({ iss: 'https://evil.example/oauth2/default' }),
    },
    { description: 'a token for another audience', token: () => minter.mint({ aud: 'api://other' }) },
    {
      description: 'a token signed with another key under the same kid',
      token: () => minter.mint({}, impostorKey),
    },
    {
      description: 'a token naming a key the issuer does not publish',
      token: () => minter.handBuilt({ alg: 'RS256', kid: 'key-9' }),
    },
    { description: 'a token without kid', token: () => minter.handBuilt({ alg: 'RS256' }) },
    {
      description: 'an unsecured token (alg none)',
      token: () => unsecured({ alg: 'none', kid: 'key-1' }, minter.claims()),
    },
    {
      description: 'an HS256 token keyed with the public key',
      token: () => signHs256({ alg: 'HS256', kid: 'key-1' }, minter.claims(), publicKeyPem(minter)),
    },
    { description: 'a token without exp', token: () => minter.mint({ exp: undefined }) },
    {
      description: 'a token whose exp is a string',
      token: () =>
        minter.handBuilt({ alg: 'RS256', kid: 'key-1' }, minter.claims({ exp: '9999999999' as never })),
    },
    {
      description: 'a token whose iat is a string',
      token: () => minter.handBuilt({ alg: 'RS256', kid: 'key-1' }, minter.claims({ iat: 'now' as never })),
    },
    {
      description: 'a token whose sub is a number',
      token: () => minter.handBuilt({ alg: 'RS256', kid: 'key-1' }, minter.claims({ sub: 42 as never })),
    },
    {
      description: 'a token with a crit header',
      token: () => minter.handBuilt({ alg: 'RS256', kid: 'key-1', crit: ['exp'], exp: 1 }),
    },
    {
      description: 'a token typed as a DPoP proof',
      token: () => minter.handBuilt({ alg: 'RS256', kid: 'key-1', typ: 'dpop+jwt' }),
    },
    { description: 'garbage in three segments', token: () => 'abc.def.ghi' },
    {
      description: 'a token of two segments',
      token: async () => (await minter.mint()).split('.').slice(0, 2).join('.'),
    },
    {
      description: 'a token with an empty signature',
      token: async () => `${(await minter.mint()).split('.').slice(0, 2).join('.')}.`,
    },
    { description: 'a token of five segments (JWE-shaped)', token: () => 'a.b.c.d.e' },
    { description: 'a token with base64 padding', token: async () => `${await minter.mint()}==` },
    {
      description: 'a token of 9000 characters',
      token: () => `${'a'.repeat(4000)}.${'b'.repeat(4000)}.${'c'.repeat(1000)}`,
    },
    {
      description: 'a valid token with a flipped signature bit',
      token: async () => flipLastSignatureChar(await minter.mint()),
    },
  ];

  it.each(invalidTokens)('answers 401 invalid_token to $description', async ({ token }) => {
    const response = await getMessages(`Bearer ${await token()}`);

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_token' });
    expect(bearerParams(response.headers['www-authenticate'])).toMatchObject({
      realm: 'api',
      error: 'invalid_token',
      error_description: (response.body as ErrorBody).error_description,
    });
  });

  it.each(invalidTokens)(
    'still answers 401 invalid_token to $description after a valid token warmed the cache, and again when replayed',
    async ({ token }) => {
      const valid = `Bearer ${await minter.mint()}`;
      const refused = `Bearer ${await token()}`;

      const statuses = [];
      for (const authorization of [valid, valid, refused, refused, valid]) {
        const response = await getMessages(authorization);
        statuses.push(response.status, (response.body as Partial<ErrorBody>).error);
      }

      expect(statuses).toEqual([
        200,
        undefined,
        200,
        undefined,
        401,
        'invalid_token',
        401,
        'invalid_token',
        200,
        undefined,
      ]);
    },
  );

  it('accepts typ JWT and a token without typ, as Okta issues them', async () => {
    const withJwtType = minter.handBuilt({ alg: 'RS256', kid: 'key-1', typ: 'JWT' });
    const withoutType = minter.handBuilt({ alg: 'RS256', kid: 'key-1' });

    expect((await getMessages(`Bearer ${withJwtType}`)).status).toBe(200);
    expect((await getMessages(`Bearer ${withoutType}`)).status).toBe(200);
  });

  it('answers 50 parallel bad requests with 4xx only and keeps serving', async () => {
    const headers = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        switch (index % 5) {
          case 0:
            return `Bearer ${minter.handBuilt({ alg: 'RS256', kid: `unknown-${index}` })}`;
          case 1:
            return `Bearer ${await minter.mint({ exp: 1 })}`;
          case 2:
            return 'Bearer a b';
          case 3:
            return `Bearer ${'x'.repeat(9000)}`;
          default:
            return `Bearer ${await minter.mint({}, impostorKey)}`;
        }
      }),
    );

    const responses = await Promise.all(headers.map((header) => getMessages(header)));

    expect(responses.map(({ status }) => status).filter((status) => status < 400 || status >= 500)).toEqual(
      [],
    );
    expect((await request(api.server).get('/api/health')).status).toBe(200);
    expect((await getMessages(`Bearer ${await minter.mint()}`)).status).toBe(200);
  });
});

function bearerParams(header: string | undefined): Record<string, string> {
  const challenges = parseWwwAuthenticate(header ?? '');
  expect(challenges).toHaveLength(1);
  expect(challenges[0]?.scheme).toBe('bearer');
  return challenges[0]?.params ?? {};
}

function publicKeyPem(minter: TokenMinter): string {
  return createPublicKey(minter.key.privateKey).export({ format: 'pem', type: 'spki' }).toString();
}

/** Changes one signature character (not the last, whose low bits are padding). */
function flipLastSignatureChar(token: string): string {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -2)}${last}${token.at(-1)}`;
}
