import request from 'supertest';
import { freezeDate, unfreezeDate } from './support/frozen-date';
import { startTestApp, type TestApp } from './support/test-app';

/** 2030-01-01T00:00:00Z in seconds. */
const T = 1_893_456_000;

describe('Token lifetime at the edges, with the clock frozen (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterEach(() => unfreezeDate());

  afterAll(() => api.close());

  const statusAt = async (nowMilliseconds: number, claims: Record<string, number | undefined>) => {
    freezeDate(nowMilliseconds);
    const token = await api.token({ iat: T - 60, ...claims });
    const response = await request(api.server).get('/api/messages').set('Authorization', `Bearer ${token}`);
    return [response.status, (response.body as { error_description?: string }).error_description];
  };

  it.each([
    {
      description: 'one second before exp',
      now: (T - 1) * 1000,
      claims: { exp: T },
      expected: [200, undefined],
    },
    {
      description: 'a millisecond before exp',
      now: T * 1000 - 1,
      claims: { exp: T },
      expected: [200, undefined],
    },
    {
      description: 'exactly at exp',
      now: T * 1000,
      claims: { exp: T },
      expected: [401, 'The access token has expired'],
    },
    {
      description: 'half a second after exp',
      now: T * 1000 + 500,
      claims: { exp: T },
      expected: [401, 'The access token has expired'],
    },
    {
      description: 'a second before nbf',
      now: (T - 1) * 1000,
      claims: { nbf: T, exp: T + 60 },
      expected: [401, 'The access token is not valid yet (nbf)'],
    },
    {
      description: 'half a second after nbf',
      now: T * 1000 + 500,
      claims: { nbf: T, exp: T + 60 },
      expected: [200, undefined],
    },
  ])('answers $expected.0 $description', async ({ now, claims, expected }) => {
    expect(await statusAt(now, claims)).toEqual(expected);
  });

  it('judges exp on every request: a token accepted a millisecond before exp is refused at exp', async () => {
    freezeDate((T - 1) * 1000);
    const token = await api.token({ iat: T - 60, exp: T, jti: 'judged-every-time' });
    const getMessages = () =>
      request(api.server).get('/api/messages').set('Authorization', `Bearer ${token}`);

    const statuses = [(await getMessages()).status];
    jest.setSystemTime(T * 1000 - 1);
    statuses.push((await getMessages()).status);
    jest.setSystemTime(T * 1000);
    statuses.push((await getMessages()).status);

    expect(statuses).toEqual([200, 200, 401]);
  });
});
