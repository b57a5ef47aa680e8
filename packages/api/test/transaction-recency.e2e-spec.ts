import { freezeDate, unfreezeDate } from './support/frozen-date';
import { startTestApp, type TestApp } from './support/test-app';
import {
  expectStepUp,
  recentAuthenticationNeeded,
  recentTwoFactorsNeeded,
  TWO_FACTORS_NEEDED,
} from './support/step-up-answers';
import { PASSWORD, TWO_FACTOR } from './support/token-minter';
import { getTransactions, LARGE, postTransaction } from './support/transaction-requests';

/** 2030-01-01T00:00:00Z in seconds. */
const T = 1_893_456_000;

describe('max_age for large transactions, with the clock frozen (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterEach(() => unfreezeDate());

  afterAll(() => api.close());

  const postAt = async (nowMilliseconds: number, claims: Record<string, unknown>) => {
    freezeDate(nowMilliseconds);
    const token = await api.token({
      sub: `recency-${nowMilliseconds}-${String(claims['auth_time'])}`,
      ...claims,
    });
    const response = await postTransaction(api.server, token, LARGE);
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

      expectStepUp(response, recentAuthenticationNeeded(300));
      expect((await getTransactions(api.server, token)).body).toEqual([]);
    },
  );

  it('asks for acr_values alone when one factor was proved exactly 300 seconds ago', async () => {
    const { response } = await postAt(T * 1000, { acr: PASSWORD, auth_time: T - 300 });

    expectStepUp(response, TWO_FACTORS_NEEDED);
  });

  it('asks for both when one factor was proved 301 seconds ago', async () => {
    const { response } = await postAt(T * 1000, { acr: PASSWORD, auth_time: T - 301 });

    expectStepUp(response, recentTwoFactorsNeeded(300));
  });

  it('does not trust an auth_time more than a minute in the future', async () => {
    const { response } = await postAt(T * 1000, { acr: TWO_FACTOR, auth_time: T + 61 });

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('max_age="300"');
  });
});
