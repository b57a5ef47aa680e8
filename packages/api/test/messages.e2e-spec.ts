import request from 'supertest';
import { expectInvalidRequestBody } from './support/invalid-request-body';
import { startTestApp, type TestApp } from './support/test-app';
import { expectStepUp, PASSKEY_NEEDED } from './support/step-up-answers';
import { PASSWORD, TWO_FACTOR } from './support/token-minter';

describe('Messages: GET needs two factors (middleware), POST a passkey (declaration) (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api.close());

  const post = async (claims: Record<string, unknown>, body: unknown = { text: 'Hello from a passkey' }) =>
    request(api.server)
      .post('/api/messages')
      .set('Authorization', `Bearer ${await api.token(claims)}`)
      .send(body as object);
  const list = async () =>
    request(api.server)
      .get('/api/messages')
      .set('Authorization', `Bearer ${await api.token({ acr: TWO_FACTOR })}`);

  it.each([TWO_FACTOR, PASSWORD, 'urn:okta:loa:2fa:any:ifpossible'])(
    'asks a %s token for phr, and adds nothing',
    async (acr) => {
      const before = (await list()).body as unknown[];

      const response = await post({ acr });

      expectStepUp(response, PASSKEY_NEEDED);
      expect((await list()).body).toEqual(before);
    },
  );

  it.each(['phr', 'phrh'])(
    'adds a message for a %s token, which GET then lists after the seeded ones',
    async (acr) => {
      const before = (await list()).body as Array<{ id: number; text: string }>;

      const response = await post({ acr }, { text: `  Posted with ${acr}\nand a second line  ` });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(Number) as number,
        text: `Posted with ${acr}\nand a second line`,
      });
      expect((await list()).body).toEqual([...before, response.body]);
      expect(before.slice(0, 2)).toEqual([
        { id: 1, text: 'I am a robot' },
        { id: 2, text: 'Hello, world!' },
      ]);
    },
  );

  it('checks the token before the declaration: no token is a bare challenge', async () => {
    const response = await request(api.server).post('/api/messages').send({ text: 'hi' });

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
  });

  it('checks the token before the declaration: an expired passkey token is invalid_token', async () => {
    const response = await post({ acr: 'phr', exp: Math.floor(Date.now() / 1000) - 1 });

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_token' });
  });

  it('challenges before reading the body: a two-factor token with a bad body is asked for phr', async () => {
    const response = await post({ acr: TWO_FACTOR }, { text: '' });

    expectStepUp(response, PASSKEY_NEEDED);
  });

  it.each([
    {
      description: 'an empty text',
      body: { text: ' ' },
      expected: [{ field: 'text', message: 'must not be empty' }],
    },
    {
      description: 'a text of 281 characters',
      body: { text: 'x'.repeat(281) },
      expected: [{ field: 'text', message: 'must be at most 280 characters long' }],
    },
    {
      description: 'a text that is a number',
      body: { text: 7 },
      expected: [{ field: 'text', message: 'must be a string' }],
    },
    {
      description: 'a text with a NUL',
      body: { text: 'a\u0000b' },
      expected: [{ field: 'text', message: 'must not contain control characters other than line breaks' }],
    },
    { description: 'no text', body: {}, expected: [{ field: 'text', message: 'is required' }] },
    {
      description: 'an id chosen by the client',
      body: { text: 'hi', id: 1 },
      expected: [{ field: 'id', message: 'is not a field this request accepts' }],
    },
  ])('refuses $description from a passkey token with 400 and the field', async ({ body, expected }) => {
    const response = await post({ acr: 'phr' }, body);

    expectInvalidRequestBody(response, expected);
  });

  it('still guards GET with the middleware: a passkey is more than enough, one factor is not', async () => {
    const strong = await request(api.server)
      .get('/api/messages')
      .set('Authorization', `Bearer ${await api.token({ acr: 'phr' })}`);
    const weak = await request(api.server)
      .get('/api/messages')
      .set('Authorization', `Bearer ${await api.token({ acr: PASSWORD })}`);

    expect(strong.status).toBe(200);
    expect(weak.status).toBe(401);
    expect(weak.headers['www-authenticate']).toContain('acr_values="urn:okta:loa:2fa:any"');
  });

  it.each([
    { amr: ['pwd', 'email', 'mfa'], status: 200 },
    { amr: ['pwd', 'otp'], status: 200 },
    { amr: ['pwd'], status: 401 },
    { amr: ['pwd', 'kba'], status: 401 },
    { amr: undefined, status: 401 },
  ])(
    'lets a 2fa:any:ifpossible token with amr $amr read two-factor messages only when amr proves two factors ($status)',
    async ({ amr, status }) => {
      const response = await request(api.server)
        .get('/api/messages')
        .set('Authorization', `Bearer ${await api.token({ acr: 'urn:okta:loa:2fa:any:ifpossible', amr })}`);

      expect(response.status).toBe(status);
      if (status === 401) {
        expect(response.headers['www-authenticate']).toContain('acr_values="urn:okta:loa:2fa:any"');
      }
    },
  );
});
