import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { PASSWORD } from './support/token-minter';

describe('Errors outside token verification (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api.close());

  it.each(['/api/nothing-here', '/nothing-here', '/api', '/'])(
    'answers 404 JSON for the unknown route %s',
    async (path) => {
      const response = await request(api.server).get(path);

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ error: 'not_found', error_description: `Cannot GET ${path}` });
    },
  );

  describe('a body that cannot be read', () => {
    const unreadable = [
      {
        description: 'is not JSON',
        contentType: 'application/json',
        body: '{"broken":',
        status: 400,
        error: 'bad_request',
      },
      {
        description: 'is over 100 kB',
        contentType: 'application/json',
        body: JSON.stringify({ filler: 'x'.repeat(200 * 1024) }),
        status: 413,
        error: 'payload_too_large',
      },
      {
        description: 'is in a charset it cannot decode',
        contentType: 'application/json; charset=klingon',
        body: '{}',
        status: 415,
        error: 'unsupported_media_type',
      },
    ];

    it.each(unreadable)('is refused with $status JSON when the body $description', async (example) => {
      const token = await api.token({ sub: 'reader@example.com', acr: PASSWORD });

      const response = await request(api.server)
        .post('/api/transactions')
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', 'unreadable-body-1')
        .set('Content-Type', example.contentType)
        .send(example.body);

      expect(response.status).toBe(example.status);
      expect(response.body).toEqual({
        error: example.error,
        error_description: expect.any(String) as string,
      });
    });

    it.each(unreadable)(
      'answers 401 first when the body $description and there is no token',
      async (example) => {
        const response = await request(api.server)
          .post('/api/transactions')
          .set('Content-Type', example.contentType)
          .send(example.body);

        expect(response.status).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
        expect(response.body).toEqual({});
      },
    );

    it('answers invalid_token first when the body is not JSON and the token is forged', async () => {
      const response = await request(api.server)
        .post('/api/transactions')
        .set('Authorization', 'Bearer not.a.token')
        .set('Content-Type', 'application/json')
        .send('{"broken":');

      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ error: 'invalid_token' });
    });

    it('is refused on a public route too, after its (absent) authentication', async () => {
      const response = await request(api.server)
        .get('/api/health')
        .set('Content-Type', 'application/json')
        .send('{"broken":');

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: 'bad_request' });
    });
  });

  it('answers 404 JSON to a path with broken percent-encoding', async () => {
    const response = await request(api.server).get('/api/%E0%A4%A');

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: 'not_found' });
  });

  it('does not advertise the framework', async () => {
    const response = await request(api.server).get('/api/health');

    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
