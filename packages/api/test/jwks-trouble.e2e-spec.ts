import type { NestExpressApplication } from '@nestjs/platform-express';
import { generateKeyPairSync } from 'node:crypto';
import request from 'supertest';
import { JWKS_COOLDOWN_MS, JWKS_TIMEOUT_MS } from '../src/auth/remote-key-set';
import { freezeDate, unfreezeDate } from './support/frozen-date';
import { JwksServer } from './support/jwks-server';
import { startApi } from './support/test-api';
import { createSigningKey, TokenMinter } from './support/token-minter';

describe('Trouble with the issuer signing keys (e2e)', () => {
  const servers: JwksServer[] = [];
  const apis: NestExpressApplication[] = [];

  afterEach(async () => {
    unfreezeDate();
    await Promise.all(apis.splice(0).map((api) => api.close()));
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function setUp(keys: object[] = []) {
    const jwks = await JwksServer.start(keys);
    servers.push(jwks);
    const api = await startApi(jwks.issuer);
    apis.push(api);
    const minter = new TokenMinter(jwks.issuer, await createSigningKey('key-1'));
    jwks.keys = [...keys, minter.key.publicJwk];
    const getMessages = (token: string) =>
      request(api.getHttpServer()).get('/api/messages').set('Authorization', `Bearer ${token}`);
    return { jwks, api, minter, getMessages };
  }

  it('answers 401 invalid_token when the issuer cannot be reached', async () => {
    const { jwks, minter, getMessages } = await setUp();
    await jwks.close();

    const response = await getMessages(await minter.mint());

    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description:
        'The signing keys of the issuer are unavailable, so the access token cannot be verified',
    });
  });

  it('answers 401 invalid_token when the key set endpoint fails', async () => {
    const { jwks, minter, getMessages } = await setUp();
    jwks.behaviour = 'fail';

    const response = await getMessages(await minter.mint());

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_token' });
  });

  it(
    'answers 401 invalid_token once the key set endpoint has not answered in time',
    async () => {
      const { jwks, minter, getMessages } = await setUp();
      jwks.behaviour = 'hang';
      const startedAt = Date.now();

      const response = await getMessages(await minter.mint());

      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ error: 'invalid_token' });
      expect(Date.now() - startedAt).toBeLessThan(JWKS_TIMEOUT_MS + 2_000);
    },
    JWKS_TIMEOUT_MS + 10_000,
  );

  it('downloads the key set once for a burst of tokens naming unknown keys', async () => {
    const { jwks, minter, getMessages } = await setUp();

    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        getMessages(minter.handBuilt({ alg: 'RS256', kid: `unknown-${index}` })),
      ),
    );

    expect(new Set(responses.map(({ status }) => status))).toEqual(new Set([401]));
    expect(jwks.keyRequests).toBe(1);
    expect((await getMessages(await minter.mint())).status).toBe(200);
    expect(jwks.keyRequests).toBe(1);
  });

  it('picks up a rotated key once the cool-down after the last download has passed', async () => {
    freezeDate(Date.parse('2030-01-01T00:00:00Z'));
    const { jwks, minter, getMessages } = await setUp();
    expect((await getMessages(await minter.mint())).status).toBe(200);
    const rotated = new TokenMinter(jwks.issuer, await createSigningKey('key-2'));
    jwks.keys = [minter.key.publicJwk, rotated.key.publicJwk];

    const tooSoon = await getMessages(await rotated.mint());
    jest.setSystemTime(Date.now() + JWKS_COOLDOWN_MS);
    const afterCooldown = await getMessages(await rotated.mint());

    expect(tooSoon.status).toBe(401);
    expect(afterCooldown.status).toBe(200);
    expect(jwks.keyRequests).toBe(2);
  });

  it('refuses a token whose kid names a key that is not RSA, without crashing', async () => {
    const edKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const { minter, getMessages } = await setUp([
      { ...edKey, kid: 'ed', use: 'sig', alg: 'EdDSA' },
      { ...ecKey, kid: 'ec', use: 'sig' },
    ]);

    const responses = await Promise.all(
      ['ed', 'ec'].map((kid) => getMessages(minter.handBuilt({ alg: 'RS256', kid }))),
    );

    expect(
      responses.map(({ status, body }) => [
        status,
        (body as { error_description?: string }).error_description,
      ]),
    ).toEqual([
      [401, 'The access token is signed with a key (kid) the issuer does not publish'],
      [401, 'The access token is signed with a key (kid) the issuer does not publish'],
    ]);
    expect((await getMessages(await minter.mint())).status).toBe(200);
  });
});
