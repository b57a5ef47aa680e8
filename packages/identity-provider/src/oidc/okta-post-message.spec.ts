import { createHash } from 'node:crypto';

import { OktaAcr } from 'step-up';

import { TestClient, type AuthorizationRequest, type Page } from '../testing/oidc-client.js';
import { executableScriptsOf, messagesPostedBy } from '../testing/posted-message.js';
import { useSharedProvider } from '../testing/shared-provider.js';
import { TEST_SPA_ORIGIN } from '../testing/test-provider.js';
import { claimsOf } from '../testing/token-claims.js';
import { POST_MESSAGE_SCRIPT } from './okta-post-message.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };
const POPUP = { responseMode: 'okta_post_message', display: 'popup' } as const;

describe('the okta_post_message response mode (okta-auth-js token.getWithPopup)', () => {
  const provider = useSharedProvider();

  function pageOf(landing: Awaited<ReturnType<TestClient['authorize']>>['landing']): Page {
    if (landing.kind !== 'page') {
      throw new Error(`expected a page, got a redirect to ${landing.url.href}`);
    }
    return landing;
  }

  /** A popup sign-in with the password, up to the page that answers the opener. */
  async function popupSignIn(
    client: TestClient,
    options: Parameters<TestClient['authorize']>[0] = {},
  ): Promise<{ request: AuthorizationRequest; page: Page }> {
    const { request, landing } = await client.authorize({ ...POPUP, ...options });
    const page = pageOf(await client.submit(pageOf(landing), '/password', ALICE));
    return { request, page };
  }

  it("posts { code, state } to the opener, targeted at the redirect URI's origin, and the code buys tokens", async () => {
    const client = new TestClient(provider());

    const { request, page } = await popupSignIn(client);
    const posted = messagesPostedBy(page.html, 'popup');

    expect(page.status).toBe(200);
    expect(posted).toEqual([
      {
        targetOrigin: TEST_SPA_ORIGIN,
        message: { code: expect.any(String) as string, state: request.state, iss: provider().issuer },
      },
    ]);
    const { code } = posted[0]?.message as { code: string };
    const tokens = await client.exchangeCode(code, request);
    expect(claimsOf(tokens.id_token)).toMatchObject({ acr: OktaAcr.Password, amr: ['pwd'] });
  });

  it('posts to the parent when framed (prompt=none renewal), and to nobody from a top-level tab', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);

    const { request, landing } = await client.authorize({
      responseMode: 'okta_post_message',
      prompt: 'none',
    });
    const page = pageOf(landing);

    expect(messagesPostedBy(page.html, 'iframe')).toEqual([
      {
        targetOrigin: TEST_SPA_ORIGIN,
        message: { code: expect.any(String) as string, state: request.state, iss: provider().issuer },
      },
    ]);
    expect(messagesPostedBy(page.html, 'top')).toEqual([]);
  });

  it('allows its one script by hash, never unsafe-inline, and lets only the client frame the page', async () => {
    const { page } = await popupSignIn(new TestClient(provider()));
    const scripts = executableScriptsOf(page.html);
    const policy = page.headers.get('content-security-policy') ?? '';

    expect(scripts).toEqual([POST_MESSAGE_SCRIPT]);
    expect(policy).toContain(
      `script-src 'sha256-${createHash('sha256').update(POST_MESSAGE_SCRIPT).digest('base64')}'`,
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain(`frame-ancestors ${TEST_SPA_ORIGIN};`);
    expect(policy).toContain("default-src 'none'");
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    {
      description: 'a cancelled sign-in',
      answer: async (client: TestClient) => {
        const { request, landing } = await client.authorize(POPUP);
        return { request, landing: await client.submit(pageOf(landing), '/cancel') };
      },
      expected: { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
    },
    {
      description: 'a level the provider cannot reach',
      answer: async (client: TestClient) => {
        await client.signIn(ALICE);
        return client.authorize({ ...POPUP, acrValues: 'phrh' });
      },
      expected: {
        error: 'unmet_authentication_requirements',
        error_description: expect.stringContaining('(phrh)') as string,
      },
    },
    {
      description: 'prompt=none without a session',
      answer: (client: TestClient) => client.authorize({ responseMode: 'okta_post_message', prompt: 'none' }),
      expected: { error: 'login_required', error_description: expect.any(String) as string },
    },
  ])(
    'delivers $description the same way, as { error, error_description, state }',
    async ({ answer, expected }) => {
      const client = new TestClient(provider());

      const { request, landing } = await answer(client);
      const page = pageOf(landing);

      expect(page.status).toBe(400);
      expect(messagesPostedBy(page.html, 'popup')).toEqual([
        {
          targetOrigin: TEST_SPA_ORIGIN,
          message: { ...expected, state: request.state, iss: provider().issuer },
        },
      ]);
    },
  );

  it('keeps a hostile state inert: the data block escapes markup and the state arrives unchanged', async () => {
    const state = '</script><script>parent.stolen=1</script><!--\u2028';

    const { page } = await popupSignIn(new TestClient(provider()), { state });

    expect(executableScriptsOf(page.html)).toEqual([POST_MESSAGE_SCRIPT]);
    expect(page.html).not.toContain('</script><script>parent');
    expect(messagesPostedBy(page.html, 'popup')).toMatchObject([{ message: { state } }]);
  });

  it('never posts to a redirect URI the client did not register: the error page has no script', async () => {
    const client = new TestClient(provider());
    const request = client.authorizationRequest(POPUP);
    request.url.searchParams.set('redirect_uri', 'https://evil.example/login/callback');

    const page = pageOf(await client.browser.navigate(request.url));

    expect(page.status).toBe(400);
    expect(page.html).toContain('redirect_uri');
    expect(executableScriptsOf(page.html)).toEqual([]);
    expect(page.html).not.toContain('evil.example');
  });

  it('is listed in discovery, as Okta lists it', async () => {
    const response = await fetch(`${provider().issuer}/.well-known/openid-configuration`);
    const metadata = (await response.json()) as { response_modes_supported: string[] };

    expect(metadata.response_modes_supported).toContain('okta_post_message');
  });
});
