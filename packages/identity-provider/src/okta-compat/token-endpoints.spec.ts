import { decodeJwt } from 'jose';

import { REDIRECT_URI, TestClient } from '../testing/oidc-client.js';
import { useSharedProvider } from '../testing/shared-provider.js';
import { TEST_CLIENT_ID, TEST_SPA_ORIGIN } from '../testing/test-provider.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };
const OTHER_ORIGIN = 'http://evil.example';
const basicClientIdOnly = `Basic ${Buffer.from(TEST_CLIENT_ID).toString('base64')}`;

describe('token endpoints as okta-auth-js uses them', () => {
  const provider = useSharedProvider();

  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${provider().issuer}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_SPA_ORIGIN, ...headers },
      body: new URLSearchParams(form).toString(),
    });

  async function signedInClient() {
    const client = new TestClient(provider());
    const { tokens } = await client.signIn(ALICE);
    return { client, tokens };
  }

  describe('/v1/revoke', () => {
    it('accepts Basic base64(clientId) without a colon and answers 200 for a JWT access token, with CORS for the SPA', async () => {
      const { tokens } = await signedInClient();

      const response = await post(
        '/v1/revoke',
        { token: tokens.access_token, token_type_hint: 'access_token' },
        { authorization: basicClientIdOnly },
      );

      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
      expect(response.headers.get('access-control-allow-origin')).toBe(TEST_SPA_ORIGIN);
    });

    it('revokes a refresh token sent with Basic base64(clientId), so it can no longer be used', async () => {
      const { client, tokens } = await signedInClient();

      const revoked = await post(
        '/v1/revoke',
        { token: tokens.refresh_token!, token_type_hint: 'refresh_token' },
        { authorization: basicClientIdOnly },
      );
      const refresh = await client.token({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token!,
      });

      expect(revoked.status).toBe(200);
      expect(revoked.headers.get('access-control-allow-origin')).toBe(TEST_SPA_ORIGIN);
      expect(refresh.status).toBe(400);
      expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
    });

    it('answers 200 for a token it does not know (RFC 7009)', async () => {
      const response = await post(
        '/v1/revoke',
        { token: 'not-a-token' },
        { authorization: basicClientIdOnly },
      );

      expect(response.status).toBe(200);
    });

    it.each<{
      description: string;
      form: Record<string, string>;
      headers: Record<string, string>;
      status: number;
      error: string;
    }>([
      {
        description: 'without client authentication',
        form: { token: 'x' },
        headers: {},
        status: 400,
        error: 'invalid_request',
      },
      {
        description: 'for an unknown client',
        form: { token: 'x' },
        headers: { authorization: `Basic ${Buffer.from('someone-else').toString('base64')}` },
        status: 401,
        error: 'invalid_client',
      },
      {
        description: 'when the Basic client id and client_id differ',
        form: { token: 'x', client_id: 'someone-else' },
        headers: { authorization: basicClientIdOnly },
        status: 400,
        error: 'invalid_request',
      },
      {
        description: 'without a token',
        form: { client_id: TEST_CLIENT_ID },
        headers: {},
        status: 400,
        error: 'invalid_request',
      },
    ])('refuses a revocation $description', async ({ form, headers, status, error }) => {
      const response = await post('/v1/revoke', form, headers);

      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error });
    });

    it('refuses an oversized body with 413 and a JSON error', async () => {
      const response = await post(
        '/v1/revoke',
        { token: 'x'.repeat(60 * 1024) },
        { authorization: basicClientIdOnly },
      );

      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    });
  });

  describe('/v1/introspect', () => {
    it('describes an active JWT access token to the client it was issued to', async () => {
      const { tokens } = await signedInClient();

      const response = await post(
        '/v1/introspect',
        { token: tokens.access_token },
        { authorization: basicClientIdOnly },
      );

      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        active: true,
        token_type: 'Bearer',
        username: 'alice@example.com',
        cid: TEST_CLIENT_ID,
        acr: 'urn:okta:loa:1fa:pwd',
        scp: ['openid', 'profile', 'email', 'offline_access'],
      });
    });

    it('reports a tampered JWT as inactive', async () => {
      const { tokens } = await signedInClient();
      const [header, payload] = tokens.access_token.split('.');

      const response = await post(
        '/v1/introspect',
        { token: `${header}.${payload}.AAAA` },
        { authorization: basicClientIdOnly },
      );

      expect(await response.json()).toEqual({ active: false });
    });

    it('introspects a refresh token through the provider', async () => {
      const { tokens } = await signedInClient();

      const response = await post(
        '/v1/introspect',
        { token: tokens.refresh_token! },
        { authorization: basicClientIdOnly },
      );

      expect(await response.json()).toMatchObject({
        active: true,
        client_id: TEST_CLIENT_ID,
        sub: decodeJwt(tokens.id_token).sub,
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
        scope: expect.stringContaining('offline_access'),
      });
    });
  });

  describe('CORS for the SPA', () => {
    it.each([
      { origin: TEST_SPA_ORIGIN, allowed: TEST_SPA_ORIGIN },
      { origin: OTHER_ORIGIN, allowed: null },
    ])(
      'answers a token endpoint request from $origin with Access-Control-Allow-Origin $allowed',
      async ({ origin, allowed }) => {
        const response = await post(
          '/v1/token',
          {
            grant_type: 'authorization_code',
            code: 'x',
            client_id: TEST_CLIENT_ID,
            redirect_uri: REDIRECT_URI,
            code_verifier: 'x'.repeat(43),
          },
          { origin },
        );

        expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      },
    );

    it('serves discovery and keys to any origin', async () => {
      const [discovery, keys] = await Promise.all(
        ['/.well-known/openid-configuration', '/v1/keys'].map((path) =>
          fetch(`${provider().issuer}${path}`, { headers: { origin: TEST_SPA_ORIGIN } }),
        ),
      );

      expect(discovery.headers.get('access-control-allow-origin')).toBe(TEST_SPA_ORIGIN);
      expect(await keys.json()).toEqual({
        keys: [expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig' })],
      });
      expect(JSON.stringify(await fetch(`${provider().issuer}/v1/keys`).then((r) => r.json()))).not.toMatch(
        /"d"|"p"|"q"/,
      );
    });
  });

  describe('/v1/userinfo', () => {
    it.each([
      {
        description: 'without a token',
        authorization: undefined,
        status: 401,
        challenge: /^Bearer realm="[^"]+"$/,
      },
      {
        description: 'with a malformed header',
        authorization: 'Bearer',
        status: 400,
        challenge: /error="invalid_request"/,
      },
      {
        description: 'with a forged token',
        authorization: 'Bearer a.b.c',
        status: 401,
        challenge: /error="invalid_token"/,
      },
    ])(
      'refuses a request $description with a Bearer challenge',
      async ({ authorization, status, challenge }) => {
        const response = await fetch(`${provider().issuer}/v1/userinfo`, {
          headers: { ...(authorization && { authorization }), origin: TEST_SPA_ORIGIN },
        });

        expect(response.status).toBe(status);
        expect(response.headers.get('www-authenticate')).toMatch(challenge);
        expect(response.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate');
      },
    );
  });
});
