import { createHash, randomBytes } from 'node:crypto';

import { Browser, type Landing } from './browser.js';
import { formsOf } from './html-form.js';
import { TEST_CLIENT_ID, TEST_SPA_ORIGIN, type TestProvider } from './test-provider.js';

export const REDIRECT_URI = `${TEST_SPA_ORIGIN}/login/callback`;

export interface AuthorizationOptions {
  readonly acrValues?: string;
  readonly maxAge?: number;
  readonly prompt?: string;
  readonly scope?: string;
  /** `query` unless given; okta-auth-js's popup asks for `okta_post_message`. */
  readonly responseMode?: string;
  readonly display?: string;
  readonly state?: string;
}

export interface AuthorizationRequest {
  readonly url: URL;
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

export interface TokenResponse {
  readonly access_token: string;
  readonly id_token: string;
  readonly refresh_token?: string;
  readonly token_type: string;
  readonly expires_in: number;
  readonly scope: string;
}

export type Page = Extract<Landing, { kind: 'page' }>;

/**
 * The SPA's side of the protocol, as okta-auth-js performs it: authorization code + PKCE (S256) with `state`
 * and `nonce`, no `resource`, code exchange and refresh at `/v1/token` with `client_id` in the body.
 */
export class TestClient {
  readonly browser = new Browser(TEST_SPA_ORIGIN);

  constructor(readonly provider: TestProvider) {}

  authorizationRequest({
    acrValues,
    maxAge,
    prompt,
    scope = 'openid profile email offline_access',
    responseMode = 'query',
    display,
    state = randomBytes(16).toString('base64url'),
  }: AuthorizationOptions = {}): AuthorizationRequest {
    const verifier = randomBytes(32).toString('base64url');
    const nonce = randomBytes(16).toString('base64url');
    const url = new URL(`${this.provider.issuer}/v1/authorize`);
    url.search = new URLSearchParams({
      client_id: TEST_CLIENT_ID,
      response_type: 'code',
      response_mode: responseMode,
      scope,
      redirect_uri: REDIRECT_URI,
      state,
      nonce,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...(acrValues !== undefined && { acr_values: acrValues }),
      ...(maxAge !== undefined && { max_age: String(maxAge) }),
      ...(prompt !== undefined && { prompt }),
      ...(display !== undefined && { display }),
    }).toString();
    return { url, state, nonce, verifier };
  }

  async authorize(
    options: AuthorizationOptions = {},
  ): Promise<{ request: AuthorizationRequest; landing: Landing }> {
    const request = this.authorizationRequest(options);
    return { request, landing: await this.browser.navigate(request.url) };
  }

  /** Submits the form whose action ends with `suffix` on `page`. */
  async submit(page: Page, suffix: string, fields: Record<string, string> = {}): Promise<Landing> {
    const form = formsOf(page.html).find((candidate) => candidate.action.endsWith(suffix));
    if (!form) {
      throw new Error(`no form posting to …${suffix} on ${page.url.href}:\n${page.html}`);
    }
    return this.browser.navigate(new URL(form.action, page.url), {
      method: 'POST',
      form: { ...form.fields, ...fields },
    });
  }

  latestCode(email: string): string {
    const [message] = this.provider.mailbox.list(email);
    if (!message) {
      throw new Error(`no code was sent to ${email}`);
    }
    return message.code;
  }

  async token(parameters: Record<string, string>): Promise<Response> {
    return fetch(`${this.provider.issuer}/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_SPA_ORIGIN },
      body: new URLSearchParams({ client_id: TEST_CLIENT_ID, ...parameters }).toString(),
    });
  }

  /** Exchanges the code of a callback for tokens, checking `state` like the SDK does. */
  async exchange(callback: Landing, request: AuthorizationRequest): Promise<TokenResponse> {
    if (callback.kind !== 'client') {
      throw new Error(
        `expected a redirect to the client, got a page at ${callback.url.href}:\n${callback.html}`,
      );
    }
    const { searchParams } = callback.url;
    if (searchParams.get('state') !== request.state || !searchParams.get('code')) {
      throw new Error(`unexpected callback ${callback.url.href}`);
    }
    return this.exchangeCode(searchParams.get('code')!, request);
  }

  /** Exchanges an authorization code for tokens, as okta-auth-js does after the callback or the popup's message. */
  async exchangeCode(code: string, request: AuthorizationRequest): Promise<TokenResponse> {
    const response = await this.token({
      grant_type: 'authorization_code',
      code,
      code_verifier: request.verifier,
      redirect_uri: REDIRECT_URI,
    });
    if (response.status !== 200) {
      throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`);
    }
    return (await response.json()) as TokenResponse;
  }

  /**
   * A whole sign-in as a user would do it: the password page when shown, then the code page when shown
   * (reading the code from the dev mailbox), then the code exchange.
   */
  async signIn(
    options: AuthorizationOptions & { email?: string; password?: string } = {},
  ): Promise<{ tokens: TokenResponse; pagesSeen: string[] }> {
    const { email = 'alice@example.com', password = 'wonderland' } = options;
    const { request, landing: first } = await this.authorize(options);
    const pagesSeen: string[] = [];
    let landing = first;
    for (let steps = 0; landing.kind === 'page' && steps < 3; steps += 1) {
      if (landing.html.includes('/password"')) {
        pagesSeen.push('password');
        landing = await this.submit(landing, '/password', { email, password });
      } else if (landing.html.includes('/code"')) {
        pagesSeen.push('email-code');
        landing = await this.submit(landing, '/code', { code: this.latestCode(email) });
      } else {
        break;
      }
    }
    return { tokens: await this.exchange(landing, request), pagesSeen };
  }
}
