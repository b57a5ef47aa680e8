import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';
import { PASSWORD } from './support/token-minter';

interface MessageRules {
  text: { minLength: number; maxLength: number; lengthUnit: string };
}

describe('Message rules (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api.close());

  it('publishes the length of a message and its unit, without a token', async () => {
    const response = await request(api.server).get('/api/message-rules');

    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['www-authenticate']).toBeUndefined();
    expect(response.body).toEqual({ text: { minLength: 1, maxLength: 280, lengthUnit: 'codePoint' } });
  });

  it('answers the same rules to a signed-in caller, whatever its level', async () => {
    const token = await api.token({ sub: 'reader@example.com', acr: PASSWORD });

    const response = await request(api.server)
      .get('/api/message-rules')
      .set('Authorization', `Bearer ${token}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ text: { minLength: 1, maxLength: 280, lengthUnit: 'codePoint' } });
  });

  it('accepts exactly what it publishes: maxLength code points, not one more', async () => {
    const { text } = (await request(api.server).get('/api/message-rules')).body as MessageRules;
    const post = async (body: string) =>
      request(api.server)
        .post('/api/messages')
        .set('Authorization', `Bearer ${await api.token({ acr: 'phr' })}`)
        .send({ text: body });

    const statuses = [
      (await post('🙂'.repeat(text.maxLength))).status,
      (await post(`  ${'x'.repeat(text.maxLength)}\r\n`)).status,
      (await post('x'.repeat(text.maxLength + 1))).status,
      (await post(' '.repeat(text.minLength))).status,
    ];

    expect(statuses).toEqual([201, 201, 400, 400]);
  });

  it('is not a way in for anything else: other methods are not routes', async () => {
    const response = await request(api.server).post('/api/message-rules').send({});

    expect(response.status).toBe(404);
  });
});
