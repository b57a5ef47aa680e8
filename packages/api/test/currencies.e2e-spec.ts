import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { PASSWORD } from './support/token-minter';
import { postTransaction } from './support/transaction-requests';

describe('Currencies (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ env: { STEP_UP_AMOUNT_THRESHOLDS: 'USD:50, JPY:7500' } });
  });

  afterAll(() => api.close());

  it('lists every currency with its minor digits and configured threshold, without a token', async () => {
    const response = await request(api.server).get('/api/currencies');

    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['www-authenticate']).toBeUndefined();
    expect(response.body).toEqual([
      { code: 'CHF', minorDigits: 2, stepUpThreshold: '800.00' },
      { code: 'EUR', minorDigits: 2, stepUpThreshold: '850.00' },
      { code: 'GBP', minorDigits: 2, stepUpThreshold: '750.00' },
      { code: 'JPY', minorDigits: 0, stepUpThreshold: '7500' },
      { code: 'KWD', minorDigits: 3, stepUpThreshold: '300.000' },
      { code: 'SEK', minorDigits: 2, stepUpThreshold: '9500.00' },
      { code: 'USD', minorDigits: 2, stepUpThreshold: '50.00' },
    ]);
  });

  it('answers the same list to a signed-in caller', async () => {
    const token = await api.token({ sub: 'reader@example.com', acr: PASSWORD });

    const response = await request(api.server).get('/api/currencies').set('Authorization', `Bearer ${token}`);

    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(7);
  });

  it('steps up exactly above the threshold it publishes, in every currency', async () => {
    const token = await api.token({ sub: 'published@example.com', acr: PASSWORD });
    const listed = await request(api.server).get('/api/currencies');
    const currencies = listed.body as Array<{ code: string; minorDigits: number; stepUpThreshold: string }>;

    const statuses = [];
    for (const { code, minorDigits, stepUpThreshold } of currencies) {
      const smallestStep = minorDigits === 0 ? '1' : `0.${'0'.repeat(minorDigits - 1)}1`;
      const above = addDecimal(stepUpThreshold, smallestStep, minorDigits);
      const at = await postTransaction(api.server, token, {
        amount: stepUpThreshold,
        currency: code,
        payee: 'Shop',
      });
      const over = await postTransaction(api.server, token, { amount: above, currency: code, payee: 'Shop' });
      statuses.push({ code, statuses: [at.status, over.status] });
    }

    expect(statuses).toEqual(currencies.map(({ code }) => ({ code, statuses: [201, 401] })));
  });

  it('is not a way in for anything else: other methods are not routes', async () => {
    const response = await request(api.server).post('/api/currencies').send({});

    expect(response.status).toBe(404);
  });
});

/** `a + b` for decimal texts with `digits` digits after the point, exactly. */
function addDecimal(a: string, b: string, digits: number): string {
  const sum = (BigInt(a.replace('.', '')) + BigInt(b.replace('.', ''))).toString().padStart(digits + 1, '0');
  return digits === 0 ? sum : `${sum.slice(0, -digits)}.${sum.slice(-digits)}`;
}
