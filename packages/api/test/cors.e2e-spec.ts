import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { JwksServer } from './support/jwks-server';
import { startTestIssuer } from './support/test-issuer';
import { startApi } from './support/test-api';
import { PASSWORD, TokenMinter } from './support/token-minter';
import { LARGE } from './support/transaction-requests';

const SPA = 'http://localhost:4400';

describe('CORS (e2e)', () => {
  let jwks: JwksServer;
  let minter: TokenMinter;

  beforeAll(async () => {
    ({ jwks, minter } = await startTestIssuer());
  });

  afterAll(() => jwks.close());

  const preflight = (server: Server, origin: string) =>
    request(server)
      .options('/api/transactions')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');

  describe(`with CORS_ORIGINS=${SPA},https://app.example.com`, () => {
    let api: NestExpressApplication;
    let server: Server;

    beforeAll(async () => {
      api = await startApi(jwks.issuer, { env: { CORS_ORIGINS: `${SPA},https://app.example.com` } });
      server = api.getHttpServer();
    });

    afterAll(() => api.close());

    it('answers the preflight of a transaction from a listed origin', async () => {
      const response = await preflight(server, SPA);

      expect(response.status).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe(SPA);
      expect(response.headers['access-control-allow-methods']).toBe('GET,HEAD,POST');
      expect(response.headers['access-control-allow-headers']).toBe(
        'Authorization,Content-Type,Idempotency-Key',
      );
      expect(response.headers['access-control-max-age']).toBe('600');
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      expect(response.headers['vary']).toMatch(/Origin/);
    });

    it('lets a listed origin read the step-up challenge of a refused transaction', async () => {
      const response = await request(server)
        .post('/api/transactions')
        .set('Origin', 'https://app.example.com')
        .set('Authorization', `Bearer ${await minter.mint({ acr: PASSWORD })}`)
        .set('Idempotency-Key', 'cors-key')
        .send(LARGE);

      expect(response.status).toBe(401);
      expect(response.headers['access-control-allow-origin']).toBe('https://app.example.com');
      expect(response.headers['access-control-expose-headers']).toBe(
        'WWW-Authenticate,Idempotent-Replayed,Location,Retry-After',
      );
      expect(response.headers['www-authenticate']).toContain('error="insufficient_user_authentication"');
    });

    it('never names an origin it does not list, so browsers keep its pages out', async () => {
      const answered = await preflight(server, 'https://evil.example');
      const refused = await request(server).get('/api/messages').set('Origin', 'http://localhost:4401');

      expect(answered.headers['access-control-allow-origin']).toBeUndefined();
      expect(answered.headers['vary']).toMatch(/Origin/);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('without CORS_ORIGINS', () => {
    let api: NestExpressApplication;
    let server: Server;

    beforeAll(async () => {
      api = await startApi(jwks.issuer);
      server = api.getHttpServer();
    });

    afterAll(() => api.close());

    it('answers no preflight', async () => {
      const response = await preflight(server, SPA);

      expect(response.status).toBe(404);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('sends no CORS headers, even to a same-site origin', async () => {
      const response = await request(server).get('/api/messages').set('Origin', SPA);

      expect(response.status).toBe(401);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-expose-headers']).toBeUndefined();
    });
  });
});
