import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { freezeDate, unfreezeDate } from './support/frozen-date';
import type { JwksServer } from './support/jwks-server';
import { startTestIssuer } from './support/test-issuer';
import { startApi } from './support/test-api';
import { PASSWORD, TokenMinter, TWO_FACTOR } from './support/token-minter';
import { getTransactions, LARGE, postTransaction } from './support/transaction-requests';

/** 2030-01-01T00:00:00Z in seconds. */
const T = 1_893_456_000;

describe('max_age for large transactions, with the clock frozen (e2e)', () => {
  let jwks: JwksServer;
  let api: NestExpressApplication;
  let server: Server;
  let minter: TokenMinter;

  beforeAll(async () => {
    ({ jwks, minter } = await startTestIssuer());
    api = await startApi(jwks.issuer);
    server = api.getHttpServer();
  });

  afterEach(() => unfreezeDate());

  afterAll(async () => {
    await api.close();
    await jwks.close();
  });

  const postAt = async (nowMilliseconds: number, claims: Record<string, unknown>) => {
    freezeDate(nowMilliseconds);
    const token = await minter.mint({
      sub: `recency-${nowMilliseconds}-${String(claims['auth_time'])}`,
      ...claims,
    });
    const response = await postTransaction(server, token, LARGE);
    return { response, token };
  };

  it.each([
    { description: 'just now', authTime: T, now: T * 1000 },
    { description: '299 seconds ago', authTime: T - 299, now: T * 1000 },
    { description: 'exactly 300 seconds ago', authTime: T - 300, now: T * 1000 },
    {
      description: 'exactly 300 seconds ago, 999 ms into the second',
      authTime: T - 300,
      now: T * 1000 + 999,
    },
  ])('creates a large transaction for two factors proved $description', async ({ authTime, now }) => {
    const { response } = await postAt(now, { acr: TWO_FACTOR, auth_time: authTime });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ createdAt: new Date(now).toISOString() });
  });

  it.each([
    { description: '301 seconds ago', authTime: T - 301, now: T * 1000 },
    { description: 'a day ago', authTime: T - 86_400, now: T * 1000 },
  ])(
    'asks for max_age="300" when two factors were proved $description, and writes nothing',
    async ({ authTime, now }) => {
      const { response, token } = await postAt(now, { acr: TWO_FACTOR, auth_time: authTime });

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(
        'Bearer realm="api", error="insufficient_user_authentication", ' +
          'error_description="More recent authentication is required", max_age="300"',
      );
      expect((await getTransactions(server, token)).body).toEqual([]);
    },
  );

  it('asks for acr_values alone when one factor was proved exactly 300 seconds ago', async () => {
    const { response } = await postAt(T * 1000, { acr: PASSWORD, auth_time: T - 300 });

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="api", error="insufficient_user_authentication", ' +
        'error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"',
    );
  });

  it('asks for both when one factor was proved 301 seconds ago', async () => {
    const { response } = await postAt(T * 1000, { acr: PASSWORD, auth_time: T - 301 });

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication ' +
        'level and more recent authentication are required", acr_values="urn:okta:loa:2fa:any", max_age="300"',
    );
  });

  it('does not trust an auth_time more than a minute in the future', async () => {
    const { response } = await postAt(T * 1000, { acr: TWO_FACTOR, auth_time: T + 61 });

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('max_age="300"');
  });
});
