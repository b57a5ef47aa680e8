import request from 'supertest';
import { findStepUpChallenge, parseWwwAuthenticate } from 'step-up';
import { startTestApp, type TestApp } from './support/test-app';
import { expectStepUp, TWO_FACTORS_NEEDED } from './support/step-up-answers';
import { PASSWORD } from './support/token-minter';

describe('Step-up on GET /api/messages (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api.close());

  const getMessages = async (claims: Record<string, unknown>) =>
    request(api.server)
      .get('/api/messages')
      .set('Authorization', `Bearer ${await api.token(claims)}`);

  it('answers 401 insufficient_user_authentication with acr_values when the token is one-factor', async () => {
    const response = await getMessages({ acr: PASSWORD });

    expectStepUp(response, TWO_FACTORS_NEEDED);
  });

  it.each([
    { description: 'carries no acr', acr: undefined },
    { description: 'has an acr outside the ladder', acr: 'urn:example:loa:9' },
    { description: 'has an acr that is an array', acr: ['urn:okta:loa:2fa:any'] },
    { description: 'has an acr that is an object', acr: { value: 'urn:okta:loa:2fa:any' } },
    {
      description: 'is 2fa:any:ifpossible after a password only',
      acr: 'urn:okta:loa:2fa:any:ifpossible',
      amr: ['pwd'],
    },
  ])('asks for two factors when the token $description', async ({ acr, amr }) => {
    const response = await getMessages({ acr, amr });

    expect(response.status).toBe(401);
    expect(findStepUpChallenge(response.headers['www-authenticate'])?.acrValues).toEqual([
      'urn:okta:loa:2fa:any',
    ]);
  });

  it.each([
    { acr: 'urn:okta:loa:2fa:any' },
    { acr: 'urn:okta:loa:2fa:any:ifpossible', amr: ['pwd', 'email', 'mfa'] },
    { acr: 'phr' },
    { acr: 'phrh' },
  ])('returns the messages when the token acr is $acr (amr $amr)', async (claims) => {
    const response = await getMessages(claims);

    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.arrayContaining([{ id: expect.any(Number) as number, text: expect.any(String) as string }]),
    );
  });

  it('keeps the challenge well-formed whatever quotes and backslashes the token acr holds', async () => {
    const response = await getMessages({ acr: 'urn:"evil"\\, error="none", acr_values="x' });

    const challenges = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
    expect(response.status).toBe(401);
    expect(challenges).toHaveLength(1);
    expect(challenges[0]?.params).toEqual({
      realm: 'api',
      error: 'insufficient_user_authentication',
      error_description: 'A different authentication level is required',
      acr_values: 'urn:okta:loa:2fa:any',
    });
  });

  it('checks the token before the authentication level: an expired two-factor token is invalid_token', async () => {
    const response = await getMessages({ exp: Math.floor(Date.now() / 1000) - 10 });

    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_token' });
  });

  it('applies the step-up requirement below /api/messages whatever the path case', async () => {
    const token = await api.token({ acr: PASSWORD });

    const responses = await Promise.all(
      [
        '/api/messages/',
        '/API/MESSAGES',
        '/api/Messages',
        '/api/messages/unknown',
        '/API/Messages/Unknown/',
        '/api/messages/a/b',
        '/api/messages?page=2',
      ].map((path) => request(api.server).get(path).set('Authorization', `Bearer ${token}`)),
    );

    expect(responses.map(({ status, body }) => [status, (body as { error?: string }).error])).toEqual(
      Array.from({ length: 7 }, () => [401, 'insufficient_user_authentication']),
    );
  });

  it('applies the step-up requirement to HEAD as to GET', async () => {
    const response = await request(api.server)
      .head('/api/messages')
      .set('Authorization', `Bearer ${await api.token({ acr: PASSWORD })}`);

    expect(response.status).toBe(401);
    expect(findStepUpChallenge(response.headers['www-authenticate'])?.acrValues).toEqual([
      'urn:okta:loa:2fa:any',
    ]);
  });

  it('answers GET /api/health without a token', async () => {
    const response = await request(api.server).get('/api/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers GET /api/health even with a broken Authorization header, which it does not read', async () => {
    const response = await request(api.server).get('/api/health').set('Authorization', 'Bearer a b');

    expect(response.status).toBe(200);
  });
});
