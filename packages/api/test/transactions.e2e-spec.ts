import request from 'supertest';
import type { ErrorBody } from '../src/errors/error-response';
import type { InvalidRequestBodyErrorBody } from '../src/errors/api-errors';
import { startTestApp, type TestApp } from './support/test-app';
import {
  expectStepUp,
  recentAuthenticationNeeded,
  recentTwoFactorsNeeded,
  TWO_FACTORS_NEEDED,
} from './support/step-up-answers';
import { PASSWORD } from './support/token-minter';
import { getTransactions, LARGE, postTransaction, SMALL } from './support/transaction-requests';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('Transactions (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api.close());

  const tokenFor = (sub: string, claims: Record<string, unknown> = {}) => api.token({ sub, ...claims });

  describe('creating and reading', () => {
    it('creates a transaction for the token’s subject and answers 201 with it and its location', async () => {
      const token = await tokenFor('creator@example.com', { acr: PASSWORD });

      const response = await postTransaction(api.server, token, { ...SMALL, memo: ' Croissants ' });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(UUID) as string,
        amount: '25.00',
        currency: 'USD',
        payee: 'Corner Bakery',
        memo: 'Croissants',
        createdAt: expect.stringMatching(ISO_TIME) as string,
      });
      expect(response.headers['location']).toBe(`/api/transactions/${(response.body as { id: string }).id}`);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    });

    it('renders amounts as decimal text with the currency’s minor digits, and no memo as null', async () => {
      const token = await tokenFor('formats@example.com');
      const amounts = [
        { sent: { amount: 12.5, currency: 'EUR' }, expected: '12.50' },
        { sent: { amount: '0.07', currency: 'GBP' }, expected: '0.07' },
        { sent: { amount: 500, currency: 'JPY' }, expected: '500' },
        { sent: { amount: '1.234', currency: 'KWD' }, expected: '1.234' },
      ];

      for (const { sent, expected } of amounts) {
        const response = await postTransaction(api.server, token, { ...sent, payee: 'Somebody' });

        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({ amount: expected, currency: sent.currency, memo: null });
      }
    });

    it('lists only the caller’s transactions, newest first', async () => {
      const alice = await tokenFor('lister-alice@example.com');
      const bob = await tokenFor('lister-bob@example.com');
      const first = await postTransaction(api.server, alice, { ...SMALL, payee: 'First' });
      await postTransaction(api.server, bob, { ...SMALL, payee: 'Bob’s' });
      const second = await postTransaction(api.server, alice, { ...SMALL, payee: 'Second' });
      const third = await postTransaction(api.server, alice, { ...SMALL, payee: 'Third' });

      const response = await getTransactions(api.server, alice);

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toEqual([third.body, second.body, first.body]);
    });

    it('lists nothing for a subject without transactions', async () => {
      const response = await getTransactions(api.server, await tokenFor('nobody@example.com'));

      expect(response.status).toBe(200);
      expect(response.body).toEqual([]);
    });

    it('returns one of the caller’s transactions by id', async () => {
      const token = await tokenFor('reader@example.com');
      const created = await postTransaction(api.server, token, SMALL);

      const response = await getTransactions(api.server, token, `/${(created.body as { id: string }).id}`);

      expect(response.status).toBe(200);
      expect(response.body).toEqual(created.body);
    });

    it('answers 404 for another user’s transaction, exactly as for one that does not exist', async () => {
      const owner = await tokenFor('owner@example.com');
      const other = await tokenFor('other@example.com');
      const created = await postTransaction(api.server, owner, SMALL);
      const id = (created.body as { id: string }).id;

      const someoneElses = await getTransactions(api.server, other, `/${id}`);
      const missing = await getTransactions(api.server, other, '/6f9619ff-8b86-4d01-b42d-00cf4fc964ff');

      expect(someoneElses.status).toBe(404);
      expect(someoneElses.body).toEqual({
        error: 'not_found',
        error_description: 'There is no such transaction',
      });
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual(someoneElses.body);
      expect((await getTransactions(api.server, other)).body).toEqual([]);
    });

    it.each([
      { description: 'a word', path: '/not-a-uuid' },
      { description: 'a number', path: '/1' },
      { description: 'SQL', path: "/'%20OR%201=1--" },
      { description: '2000 characters', path: `/${'x'.repeat(2000)}` },
    ])('answers 404 for a malformed id: $description', async ({ path }) => {
      const response = await getTransactions(api.server, await tokenFor('reader@example.com'), path);

      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        error: 'not_found',
        error_description: 'There is no such transaction',
      });
    });

    it.each([
      { description: 'listing', send: () => request(api.server).get('/api/transactions') },
      {
        description: 'reading one',
        send: () => request(api.server).get('/api/transactions/6f9619ff-8b86-4d01-b42d-00cf4fc964ff'),
      },
      {
        description: 'creating',
        send: () => request(api.server).post('/api/transactions').set('Idempotency-Key', 'k').send(SMALL),
      },
    ])('needs an access token for $description', async ({ send }) => {
      const response = await send();

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
    });
  });

  describe('step-up by amount (threshold 1000, max_age 300)', () => {
    it('accepts the threshold amount itself with a one-factor token', async () => {
      const response = await postTransaction(
        api.server,
        await tokenFor('threshold@example.com', { acr: PASSWORD, auth_time: 1 }),
        { ...SMALL, amount: '1000.00' },
      );

      expect(response.status).toBe(201);
    });

    it('asks a one-factor token for two factors one cent above the threshold, and writes nothing', async () => {
      const token = await tokenFor('one-factor@example.com', { acr: PASSWORD });

      const response = await postTransaction(api.server, token, { ...SMALL, amount: '1000.01' });

      expectStepUp(response, TWO_FACTORS_NEEDED);
      expect((await getTransactions(api.server, token)).body).toEqual([]);
    });

    it('asks for a recent authentication when two factors were proved too long ago', async () => {
      const token = await tokenFor('stale@example.com', { auth_time: Math.floor(Date.now() / 1000) - 3600 });

      const response = await postTransaction(api.server, token, LARGE);

      expectStepUp(response, recentAuthenticationNeeded(300));
    });

    it('asks for both when one factor was proved too long ago', async () => {
      const token = await tokenFor('weak-and-stale@example.com', { acr: PASSWORD, auth_time: 1 });

      const response = await postTransaction(api.server, token, LARGE);

      expectStepUp(response, recentTwoFactorsNeeded(300));
    });

    it('asks for max_age when the token carries no auth_time', async () => {
      const response = await postTransaction(
        api.server,
        await tokenFor('no-auth-time@example.com', { auth_time: undefined }),
        LARGE,
      );

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('max_age="300"');
    });

    it.each([
      { acr: 'urn:okta:loa:2fa:any' },
      { acr: 'urn:okta:loa:2fa:any:ifpossible', amr: ['pwd', 'email', 'mfa'] },
      { acr: 'phr' },
      { acr: 'phrh' },
    ])('creates a large transaction with a recent $acr authentication (amr $amr)', async (claims) => {
      const response = await postTransaction(api.server, await tokenFor('strong@example.com', claims), LARGE);

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ amount: '2500.00', currency: 'USD' });
    });

    it('asks a recent 2fa:any:ifpossible authentication with a password only for two factors', async () => {
      const token = await tokenFor('one-factor-if-possible@example.com', {
        acr: 'urn:okta:loa:2fa:any:ifpossible',
        amr: ['pwd'],
      });

      const response = await postTransaction(api.server, token, LARGE);

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('acr_values="urn:okta:loa:2fa:any"');
    });

    it.each([
      { currency: 'USD', atThreshold: '1000.00', above: '1000.01' },
      { currency: 'EUR', atThreshold: '850', above: '850.01' },
      { currency: 'JPY', atThreshold: '150000', above: '150001' },
      { currency: 'KWD', atThreshold: '300.000', above: '300.001' },
    ])(
      'judges $currency against its own threshold: $atThreshold goes through, $above steps up',
      async ({ currency, atThreshold, above }) => {
        const token = await tokenFor(`${currency.toLowerCase()}@example.com`, { acr: PASSWORD });

        const responses = [
          await postTransaction(api.server, token, { amount: atThreshold, currency, payee: 'Shop' }),
          await postTransaction(api.server, token, { amount: above, currency, payee: 'Shop' }),
        ];

        expect(responses.map(({ status }) => status)).toEqual([201, 401]);
      },
    );

    it('lets 1001 JPY, about 7 US dollars, through without a step-up', async () => {
      const token = await tokenFor('yen@example.com', { acr: PASSWORD });

      const response = await postTransaction(api.server, token, {
        amount: 1001,
        currency: 'JPY',
        payee: 'Shop',
      });

      expect(response.status).toBe(201);
    });

    it('checks the token before anything else: an expired token is invalid_token, not a challenge', async () => {
      const token = await tokenFor('expired@example.com', { exp: Math.floor(Date.now() / 1000) - 1 });

      const response = await request(api.server)
        .post('/api/transactions')
        .set('Authorization', `Bearer ${token}`)
        .send({ amount: 'lots' });

      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        error: 'invalid_token',
        error_description: 'The access token has expired',
      });
    });

    it('checks the Idempotency-Key before the body', async () => {
      const response = await request(api.server)
        .post('/api/transactions')
        .set('Authorization', `Bearer ${await tokenFor('order@example.com')}`)
        .send({ amount: 'lots' });

      expect(response.status).toBe(400);
      expect((response.body as ErrorBody).error_description).toMatch(
        /^The Idempotency-Key header is required/,
      );
    });

    it('checks the body before the step-up: a bad large request is a 400, even from a one-factor token', async () => {
      const token = await tokenFor('order@example.com', { acr: PASSWORD });

      const response = await postTransaction(api.server, token, { ...LARGE, payee: '' });

      expect(response.status).toBe(400);
      expect((response.body as InvalidRequestBodyErrorBody).errors).toEqual([
        { field: 'payee', message: 'must not be empty' },
      ]);
    });
  });

  describe('with STEP_UP_AMOUNT_THRESHOLDS=USD:50 and STEP_UP_MAX_AGE=60', () => {
    let strict: TestApp;

    beforeAll(async () => {
      strict = await startTestApp({
        env: { STEP_UP_AMOUNT_THRESHOLDS: 'USD:50', STEP_UP_MAX_AGE: '60' },
      });
    });

    afterAll(() => strict.close());

    it('steps up above the configured threshold and asks for the configured max_age', async () => {
      const token = await strict.token({
        sub: 'strict@example.com',
        acr: PASSWORD,
        auth_time: Math.floor(Date.now() / 1000) - 61,
      });

      const atThreshold = await postTransaction(strict.server, token, {
        ...SMALL,
        amount: '50',
      });
      const above = await postTransaction(strict.server, token, {
        ...SMALL,
        amount: '50.01',
      });

      expect(atThreshold.status).toBe(201);
      expectStepUp(above, recentTwoFactorsNeeded(60));
    });
  });
});
