import type { NestExpressApplication } from '@nestjs/platform-express';
import { generateKeyPairSync } from 'node:crypto';
import request from 'supertest';
import {
  JWKS_COOLDOWN_MS,
  JWKS_MAX_AGE_MS,
  JWKS_UNKNOWN_KID_BURST,
  RemoteKeySet,
  type RemoteKeySetOptions,
} from '../src/auth/remote-key-set';
import { Clock } from '../src/auth/clock';
import { jwksUriOf } from '../src/config/issuer-url';
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

  /** An API against a key set server; `keySet` replaces the production key set's options (a test's shorter timeout). */
  async function setUp(keys: object[] = [], keySet?: Pick<RemoteKeySetOptions, 'timeoutMs'>) {
    const jwks = await JwksServer.start(keys);
    servers.push(jwks);
    const api = await startApi(jwks.issuer, {
      override:
        keySet &&
        ((builder) =>
          builder.overrideProvider(RemoteKeySet).useFactory({
            inject: [Clock],
            factory: (clock: Clock) =>
              new RemoteKeySet({ jwksUri: jwksUriOf(jwks.issuer), clock, ...keySet }),
          })),
    });
    apis.push(api);
    const minter = new TokenMinter(jwks.issuer, await createSigningKey('key-1'));
    jwks.keys = [...keys, minter.key.publicJwk];
    const getMessages = (token: string) =>
      request(api.getHttpServer()).get('/api/messages').set('Authorization', `Bearer ${token}`);
    return { jwks, api, minter, getMessages };
  }

  /** What a client is told when the token cannot be checked for want of keys: try again later, keep the token. */
  function expectTemporarilyUnavailable(response: request.Response): void {
    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      error: 'temporarily_unavailable',
      error_description:
        'The signing keys of the issuer are unavailable, so the access token cannot be verified now; retry later',
    });
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(JWKS_COOLDOWN_MS / 1000);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['www-authenticate']).toBeUndefined();
  }

  it('answers 503 with Retry-After and no challenge when the issuer cannot be reached', async () => {
    const { jwks, minter, getMessages } = await setUp();
    await jwks.close();

    expectTemporarilyUnavailable(await getMessages(await minter.mint()));
  });

  it('answers 503 when the key set endpoint fails, and 200 once it recovers', async () => {
    freezeDate(Date.parse('2030-01-01T00:00:00Z'));
    const { jwks, minter, getMessages } = await setUp();
    jwks.behaviour = 'fail';
    const token = await minter.mint();

    const duringOutage = await getMessages(token);
    jwks.behaviour = 'serve';
    jest.setSystemTime(Date.now() + JWKS_COOLDOWN_MS);
    const afterOutage = await getMessages(token);

    expectTemporarilyUnavailable(duringOutage);
    expect(afterOutage.status).toBe(200);
  });

  it('answers 503 once the key set endpoint has not answered in time', async () => {
    // The download timeout (JWKS_TIMEOUT_MS in production) shortened for the test, so a hanging endpoint
    // costs a fraction of a second; the test fails by its own time limit if the request hangs instead.
    const { jwks, minter, getMessages } = await setUp([], { timeoutMs: 100 });
    jwks.behaviour = 'hang';

    expectTemporarilyUnavailable(await getMessages(await minter.mint()));
  });

  it('keeps answering the challenges that need no key while the issuer is unreachable', async () => {
    const { jwks, minter, getMessages } = await setUp();
    await jwks.close();

    const noToken = await request(apis[0]?.getHttpServer()).get('/api/messages');
    const expired = await getMessages(await minter.mint({ exp: Math.floor(Date.now() / 1000) - 1 }));

    expect([noToken.status, noToken.headers['www-authenticate']]).toEqual([401, 'Bearer realm="api"']);
    expect([expired.status, (expired.body as { error?: string }).error]).toEqual([401, 'invalid_token']);
  });

  it('keeps accepting tokens signed with keys it downloaded while the issuer is unreachable', async () => {
    freezeDate(Date.parse('2030-01-01T00:00:00Z'));
    const { jwks, minter, getMessages } = await setUp();
    expect((await getMessages(await minter.mint())).status).toBe(200);
    jwks.behaviour = 'fail';
    jest.setSystemTime(Date.now() + JWKS_MAX_AGE_MS);

    const seenBefore = await getMessages(await minter.mint());
    const unknownKey = await getMessages(minter.handBuilt({ alg: 'RS256', kid: 'key-2' }));

    expect(seenBefore.status).toBe(200);
    expectTemporarilyUnavailable(unknownKey);
  });

  it('downloads the key set no more than the refetch burst allows for 30 tokens naming unknown keys at once', async () => {
    const { jwks, minter, getMessages } = await setUp();

    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        getMessages(minter.handBuilt({ alg: 'RS256', kid: `unknown-${index}` })),
      ),
    );

    expect(new Set(responses.map(({ status }) => status))).toEqual(new Set([401]));
    expect(jwks.keyRequests).toBeLessThanOrEqual(1 + JWKS_UNKNOWN_KID_BURST);
    const downloads = jwks.keyRequests;
    expect((await getMessages(await minter.mint())).status).toBe(200);
    expect(jwks.keyRequests).toBe(downloads);
  });

  it('accepts a token signed with a key published a moment after the last download', async () => {
    freezeDate(Date.parse('2030-01-01T00:00:00Z'));
    const { jwks, minter, getMessages } = await setUp();
    expect((await getMessages(await minter.mint())).status).toBe(200);
    const rotated = new TokenMinter(jwks.issuer, await createSigningKey('key-2'));
    jwks.keys = [minter.key.publicJwk, rotated.key.publicJwk];
    jest.setSystemTime(Date.now() + 1_000);

    const response = await getMessages(await rotated.mint());

    expect(response.status).toBe(200);
    expect(jwks.keyRequests).toBe(2);
  });

  it('downloads at most a burst plus one key set per cool-down for a flood of made-up kids', async () => {
    freezeDate(Date.parse('2030-01-01T00:00:00Z'));
    const { jwks, minter, getMessages } = await setUp();
    expect((await getMessages(await minter.mint())).status).toBe(200);
    const statuses = new Set<number>();

    for (let second = 0; second < 30; second++) {
      for (let index = 0; index < 10; index++) {
        const response = await getMessages(
          minter.handBuilt({ alg: 'RS256', kid: `made-up-${second}-${index}` }),
        );
        statuses.add(response.status);
      }
      jest.setSystemTime(Date.now() + 1_000);
    }

    expect([...statuses]).toEqual([401]);
    expect(jwks.keyRequests).toBeLessThanOrEqual(1 + JWKS_UNKNOWN_KID_BURST + 30_000 / JWKS_COOLDOWN_MS);
  });

  it('refuses a token it accepted before once the issuer stops publishing its key', async () => {
    freezeDate(Date.parse('2030-01-01T00:00:00Z'));
    const { jwks, minter, getMessages } = await setUp();
    const token = await minter.mint();
    expect((await getMessages(token)).status).toBe(200);
    const rotated = new TokenMinter(jwks.issuer, await createSigningKey('key-2'));
    jwks.keys = [rotated.key.publicJwk];
    jest.setSystemTime(Date.now() + JWKS_MAX_AGE_MS);

    const afterRemoval = await getMessages(token);

    expect(afterRemoval.status).toBe(401);
    expect(afterRemoval.body).toEqual({
      error: 'invalid_token',
      error_description: 'The access token is signed with a key (kid) the issuer does not publish',
    });
    expect((await getMessages(await rotated.mint())).status).toBe(200);
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
