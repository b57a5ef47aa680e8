import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { JwksServer } from './support/jwks-server';
import { startApi } from './support/test-api';

describe('Errors outside token verification (e2e)', () => {
  let jwks: JwksServer;
  let api: NestExpressApplication;

  beforeAll(async () => {
    jwks = await JwksServer.start();
    api = await startApi(jwks.issuer);
  });

  afterAll(async () => {
    await api.close();
    await jwks.close();
  });

  it.each(['/api/nothing-here', '/nothing-here', '/api', '/'])(
    'answers 404 JSON for the unknown route %s',
    async (path) => {
      const response = await request(api.getHttpServer()).get(path);

      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ error: 'not_found', error_description: `Cannot GET ${path}` });
    },
  );

  it('answers 400 JSON to a body that is not JSON', async () => {
    const response = await request(api.getHttpServer())
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"broken":');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'bad_request', error_description: expect.any(String) as string });
  });

  it('answers 413 JSON to a body over 100 kB', async () => {
    const response = await request(api.getHttpServer())
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ filler: 'x'.repeat(200 * 1024) }));

    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: 'payload_too_large',
      error_description: expect.any(String) as string,
    });
  });

  it('answers 415 JSON to a body in a charset it cannot decode', async () => {
    const response = await request(api.getHttpServer())
      .post('/api/health')
      .set('Content-Type', 'application/json; charset=klingon')
      .send('{}');

    expect(response.status).toBe(415);
    expect(response.body.error).toBe('unsupported_media_type');
  });

  it('answers 404 JSON to a path with broken percent-encoding', async () => {
    const response = await request(api.getHttpServer()).get('/api/%E0%A4%A');

    expect(response.status).toBe(404);
    expect(response.body.error).toBe('not_found');
  });

  it('does not advertise the framework', async () => {
    const response = await request(api.getHttpServer()).get('/api/health');

    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
