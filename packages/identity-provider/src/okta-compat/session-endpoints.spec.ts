import { decodeJwt } from 'jose';

import { buttonsOf, formsOf } from '../testing/html-form.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import { useSharedProvider } from '../testing/shared-provider.js';
import { TEST_SPA_ORIGIN } from '../testing/test-provider.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };
const OTHER_ORIGIN = 'http://evil.example';

describe('ending the session as okta-auth-js does', () => {
  const provider = useSharedProvider();

  async function signedInClient() {
    const client = new TestClient(provider());
    const { tokens } = await client.signIn(ALICE);
    return { client, tokens };
  }

  async function expectPasswordPageNext(client: TestClient) {
    const { landing } = await client.authorize();
    expect(landing.kind === 'page' && landing.html).toContain('/password"');
  }

  describe('/api/v1/sessions/me', () => {
    const sessionsMe = () => `${provider().url}/api/v1/sessions/me`;

    it('answers a credentialed CORS preflight from the SPA origin', async () => {
      const response = await fetch(sessionsMe(), {
        method: 'OPTIONS',
        headers: {
          origin: TEST_SPA_ORIGIN,
          'access-control-request-method': 'DELETE',
          'access-control-request-headers': 'accept,content-type,x-okta-user-agent-extended',
        },
      });

      expect(response.status).toBe(204);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'access-control-allow-origin': TEST_SPA_ORIGIN,
        'access-control-allow-credentials': 'true',
        'access-control-allow-methods': 'GET, DELETE',
        'access-control-allow-headers': 'accept,content-type,x-okta-user-agent-extended',
      });
    });

    it('gives no CORS permission to another origin', async () => {
      const response = await fetch(sessionsMe(), {
        method: 'OPTIONS',
        headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'DELETE' },
      });

      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('describes the session, then ends it with 204 so the next sign-in asks for the password', async () => {
      const { client, tokens } = await signedInClient();

      const described = await client.browser.request(sessionsMe(), { headers: { origin: TEST_SPA_ORIGIN } });
      const deleted = await client.browser.request(sessionsMe(), {
        method: 'DELETE',
        headers: { origin: TEST_SPA_ORIGIN },
      });

      expect(described.status).toBe(200);
      expect(await described.json()).toMatchObject({
        userId: decodeJwt(tokens.id_token).sub,
        login: 'alice@example.com',
        status: 'ACTIVE',
        amr: ['pwd'],
      });
      expect(deleted.status).toBe(204);
      expect(deleted.headers.get('access-control-allow-origin')).toBe(TEST_SPA_ORIGIN);
      expect(deleted.headers.get('access-control-allow-credentials')).toBe('true');
      await expectPasswordPageNext(client);
    });

    it('answers 404 like Okta when there is no session', async () => {
      const response = await fetch(sessionsMe(), { method: 'DELETE', headers: { origin: TEST_SPA_ORIGIN } });

      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        errorCode: 'E0000007',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
        errorSummary: expect.stringContaining('Session'),
      });
    });

    it('refuses to end a session for another origin', async () => {
      const { client } = await signedInClient();

      const response = await client.browser.request(sessionsMe(), {
        method: 'DELETE',
        headers: { origin: OTHER_ORIGIN },
      });

      expect(response.status).toBe(403);
      expect((await client.signIn()).pagesSeen).toEqual([]);
    });
  });

  describe('/v1/logout', () => {
    const logoutUrl = (params: Record<string, string>) =>
      `${provider().issuer}/v1/logout?${new URLSearchParams(params).toString()}`;

    it('with id_token_hint, ends the session without a page and returns to post_logout_redirect_uri with state', async () => {
      const { client, tokens } = await signedInClient();

      const landing = await client.browser.navigate(
        logoutUrl({
          id_token_hint: tokens.id_token,
          post_logout_redirect_uri: TEST_SPA_ORIGIN,
          state: 'bye',
        }),
      );

      expect(landing.kind === 'client' && landing.url.href).toBe(`${TEST_SPA_ORIGIN}/?state=bye`);
      await expectPasswordPageNext(client);
    });

    it('without id_token_hint, asks once and then returns to the registered post_logout_redirect_uri', async () => {
      const { client } = await signedInClient();

      const page = (await client.browser.navigate(
        logoutUrl({ post_logout_redirect_uri: `${TEST_SPA_ORIGIN}/`, state: 's1' }),
      )) as Page;
      const [form] = formsOf(page.html);
      const landing = await client.browser.navigate(new URL(form.action, page.url), {
        method: 'POST',
        form: { ...form.fields, logout: 'yes' },
      });

      expect(page.status).toBe(200);
      expect(buttonsOf(page.html)).toEqual(['Sign out', 'Stay signed in']);
      expect(landing.kind === 'client' && landing.url.href).toBe(`${TEST_SPA_ORIGIN}/?state=s1`);
      await expectPasswordPageNext(client);
    });

    it('with an id_token_hint but no session left, still returns to the client', async () => {
      const { client, tokens } = await signedInClient();
      await client.browser.request(`${provider().url}/api/v1/sessions/me`, { method: 'DELETE' });

      const page = (await client.browser.navigate(
        logoutUrl({ id_token_hint: tokens.id_token, post_logout_redirect_uri: TEST_SPA_ORIGIN }),
      )) as Page;
      const [form] = formsOf(page.html);
      const landing = await client.browser.navigate(new URL(form.action, page.url), {
        method: 'POST',
        form: form.fields,
      });

      expect(landing.kind === 'client' && landing.url.origin).toBe(TEST_SPA_ORIGIN);
    });

    it('refuses an unregistered post_logout_redirect_uri', async () => {
      const { client, tokens } = await signedInClient();

      const landing = await client.browser.navigate(
        logoutUrl({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${OTHER_ORIGIN}/` }),
      );

      expect(landing.kind === 'page' && landing.status).toBe(400);
      expect(landing.kind === 'page' && landing.html).toContain('post_logout_redirect_uri not registered');
    });
  });
});
