import request from 'supertest';
import type { FieldError } from '../src/errors/api-errors';
import { expectInvalidRequestBody } from './support/invalid-request-body';
import { startTestApp, type TestApp } from './support/test-app';
import {
  getTransactions,
  postTransaction,
  SMALL,
  type TransactionBody,
} from './support/transaction-requests';

const CURRENCIES = 'must be one of CHF, EUR, GBP, JPY, KWD, SEK, USD (ISO 4217, in capitals)';
const NOT_DECIMAL =
  'must be a decimal number such as "1234.50", without sign, spaces, separators or leading zeros';

describe('Validation of POST /api/transactions (e2e)', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    token = await api.token({ sub: 'validation@example.com' });
  });

  afterAll(() => api.close());

  afterEach(async () => {
    expect((await getTransactions(api.server, token)).body).toEqual([]);
  });

  it.each<{
    description: string;
    body: TransactionBody;
    expected: FieldError[];
  }>([
    {
      description: 'a missing amount',
      body: { ...SMALL, amount: undefined },
      expected: [{ field: 'amount', message: 'is required' }],
    },
    {
      description: 'a zero amount',
      body: { ...SMALL, amount: '0.00' },
      expected: [{ field: 'amount', message: 'must be greater than zero' }],
    },
    {
      description: 'a negative amount',
      body: { ...SMALL, amount: -5 },
      expected: [{ field: 'amount', message: 'must be greater than zero' }],
    },
    {
      description: 'a negative amount string',
      body: { ...SMALL, amount: '-5' },
      expected: [{ field: 'amount', message: 'must be greater than zero' }],
    },
    {
      description: 'an amount in exponent notation',
      body: { ...SMALL, amount: '1e3' },
      expected: [
        { field: 'amount', message: 'must be written without an exponent, e.g. "1000" rather than "1e3"' },
      ],
    },
    {
      description: 'an amount with leading zeros',
      body: { ...SMALL, amount: '00.10' },
      expected: [{ field: 'amount', message: NOT_DECIMAL }],
    },
    {
      description: 'an amount with a thousands separator',
      body: { ...SMALL, amount: '1,000.00' },
      expected: [{ field: 'amount', message: NOT_DECIMAL }],
    },
    {
      description: 'an amount that is a boolean',
      body: { ...SMALL, amount: true },
      expected: [
        { field: 'amount', message: 'must be a number or a string of decimal digits such as "1234.50"' },
      ],
    },
    {
      description: 'three decimals for USD',
      body: { ...SMALL, amount: '1.005' },
      expected: [{ field: 'amount', message: 'must have at most 2 digits after the decimal point for USD' }],
    },
    {
      description: '0.1 + 0.2 as a JSON number',
      body: { ...SMALL, amount: 0.1 + 0.2 },
      expected: [{ field: 'amount', message: 'must have at most 2 digits after the decimal point for USD' }],
    },
    {
      description: 'decimals for JPY',
      body: { ...SMALL, amount: '10.5', currency: 'JPY' },
      expected: [{ field: 'amount', message: 'must be a whole number for JPY, which has no minor unit' }],
    },
    {
      description: 'an amount above the maximum',
      body: { ...SMALL, amount: '10000000000.01' },
      expected: [{ field: 'amount', message: 'must not exceed 10000000000.00 USD' }],
    },
    {
      description: 'a huge JSON number',
      body: { ...SMALL, amount: 1e300 },
      expected: [{ field: 'amount', message: 'must not exceed 10000000000.00 USD' }],
    },
    {
      description: 'a missing currency',
      body: { ...SMALL, currency: undefined },
      expected: [{ field: 'currency', message: 'is required' }],
    },
    {
      description: 'a lower-case currency',
      body: { ...SMALL, currency: 'usd' },
      expected: [{ field: 'currency', message: CURRENCIES }],
    },
    {
      description: 'an unsupported currency',
      body: { ...SMALL, currency: 'XAU' },
      expected: [{ field: 'currency', message: CURRENCIES }],
    },
    {
      description: 'a currency that is a number',
      body: { ...SMALL, currency: 840 },
      expected: [{ field: 'currency', message: CURRENCIES }],
    },
    {
      description: 'a missing payee',
      body: { ...SMALL, payee: undefined },
      expected: [{ field: 'payee', message: 'is required' }],
    },
    {
      description: 'a blank payee',
      body: { ...SMALL, payee: '   ' },
      expected: [{ field: 'payee', message: 'must not be empty' }],
    },
    {
      description: 'a payee of 101 characters',
      body: { ...SMALL, payee: 'p'.repeat(101) },
      expected: [{ field: 'payee', message: 'must be at most 100 characters long' }],
    },
    {
      description: 'a payee that is a number',
      body: { ...SMALL, payee: 42 },
      expected: [{ field: 'payee', message: 'must be a string' }],
    },
    {
      description: 'a payee with a line break',
      body: { ...SMALL, payee: 'Acme\nRentals' },
      expected: [{ field: 'payee', message: 'must not contain control characters' }],
    },
    {
      description: 'a payee with a right-to-left override',
      body: { ...SMALL, payee: 'Acme\u202Eslatner' },
      expected: [{ field: 'payee', message: 'must not contain bidirectional formatting characters' }],
    },
    {
      description: 'a memo of 141 characters',
      body: { ...SMALL, memo: 'm'.repeat(141) },
      expected: [{ field: 'memo', message: 'must be at most 140 characters long' }],
    },
    {
      description: 'a memo that is an object',
      body: { ...SMALL, memo: { text: 'x' } },
      expected: [{ field: 'memo', message: 'must be a string' }],
    },
    {
      description: 'a field the request does not take',
      body: { ...SMALL, subject: 'bob@example.com' },
      expected: [{ field: 'subject', message: 'is not a field this request accepts' }],
    },
    {
      description: 'several problems at once, each against its field',
      body: { amount: '1.005', currency: 'USD', payee: '', memo: 'm'.repeat(141), id: 'mine' },
      expected: [
        { field: 'payee', message: 'must not be empty' },
        { field: 'memo', message: 'must be at most 140 characters long' },
        { field: 'id', message: 'is not a field this request accepts' },
        { field: 'amount', message: 'must have at most 2 digits after the decimal point for USD' },
      ],
    },
  ])('answers 400 invalid_request to $description', async ({ body, expected }) => {
    const response = await postTransaction(api.server, token, body);

    expectInvalidRequestBody(response, expected);
    expect(response.headers['www-authenticate']).toBeUndefined();
  });

  it('answers 400 to a JSON body that is an array', async () => {
    const response = await request(api.server)
      .post('/api/transactions')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'not-an-object')
      .send([SMALL]);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: 'The request body must be a JSON object',
      errors: [{ field: '', message: 'must be a JSON object' }],
    });
  });

  it('answers 400 when there is no body at all', async () => {
    const response = await request(api.server)
      .post('/api/transactions')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'no-body');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error_description: 'The request body must be a JSON object' });
  });

  it.each([
    { description: 'broken JSON', body: '{"amount": ' },
    { description: 'a JSON string, which the parser takes objects and arrays only', body: '"25.00 USD"' },
    { description: 'JSON null', body: 'null' },
  ])('answers 400 bad_request to $description', async ({ body }) => {
    const response = await request(api.server)
      .post('/api/transactions')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'unparsed')
      .set('Content-Type', 'application/json')
      .send(body);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'bad_request', error_description: expect.any(String) as string });
  });

  it.each([
    {
      description: 'a form',
      contentType: 'application/x-www-form-urlencoded',
      body: 'amount=25&currency=USD&payee=x',
    },
    { description: 'plain text', contentType: 'text/plain', body: '25.00 USD to Corner Bakery' },
  ])('answers 415 to $description', async ({ contentType, body }) => {
    const response = await request(api.server)
      .post('/api/transactions')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'not-json')
      .set('Content-Type', contentType)
      .send(body);

    expect(response.status).toBe(415);
    expect(response.body).toEqual({
      error: 'unsupported_media_type',
      error_description: 'The request body must be JSON, sent with Content-Type: application/json',
    });
  });

  it.each([
    {
      description: 'no Idempotency-Key',
      keys: [],
      expected:
        'The Idempotency-Key header is required: send a new unique value (e.g. a UUID) with each new request',
    },
    {
      description: 'two Idempotency-Keys',
      keys: ['a', 'b'],
      expected: 'The Idempotency-Key header must be sent once',
    },
    {
      description: 'an empty Idempotency-Key',
      keys: [''],
      expected: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters, without spaces',
    },
    {
      description: 'an Idempotency-Key of 256 characters',
      keys: ['k'.repeat(256)],
      expected: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters, without spaces',
    },
    {
      description: 'an Idempotency-Key with a space',
      keys: ['order 42'],
      expected: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters, without spaces',
    },
  ])('answers 400 invalid_request to $description', async ({ keys, expected }) => {
    const pending = request(api.server).post('/api/transactions').set('Authorization', `Bearer ${token}`);
    // An array sends one header line per value.
    const response = await (keys.length === 0 ? pending : pending.set({ 'Idempotency-Key': keys })).send(
      SMALL,
    );

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_request', error_description: expected });
  });

  it('judges the Idempotency-Key before the body: neither good, the key is refused', async () => {
    const response = await request(api.server)
      .post('/api/transactions')
      .set('Authorization', `Bearer ${token}`)
      .send({ amount: 'lots', currency: 'XXX' });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description:
        'The Idempotency-Key header is required: send a new unique value (e.g. a UUID) with each new request',
    });
  });
});
