import { OktaAcr } from 'step-up';

import { decodeProtectedHeader } from 'jose';

import { TestClient, type Page } from '../testing/oidc-client.js';
import { useSharedProvider } from '../testing/shared-provider.js';
import { TEST_AUDIENCE, TEST_CLIENT_ID } from '../testing/test-provider.js';
import { authenticationOf, claimsOf, tokenVerifiers } from '../testing/token-claims.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };

describe('authorization code flow with PKCE', () => {
  const provider = useSharedProvider();
  const verify = {
    idToken: (token: string) => tokenVerifiers(provider()).idToken(token),
    accessToken: (token: string) => tokenVerifiers(provider()).accessToken(token),
  };

  it('signs in with a password and issues RS256 ID and access tokens with acr, amr and auth_time', async () => {
    const client = new TestClient(provider());
    const before = Math.floor(Date.now() / 1000);
    const { tokens, pagesSeen } = await client.signIn(ALICE);

    const idToken = await verify.idToken(tokens.id_token);
    const accessToken = await verify.accessToken(tokens.access_token);

    expect(pagesSeen).toEqual(['password']);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
    expect(decodeProtectedHeader(tokens.id_token)).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(idToken).toMatchObject({
      iss: provider().issuer,
      aud: TEST_CLIENT_ID,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      sub: expect.stringMatching(/^00u/),
      acr: OktaAcr.Password,
      amr: ['pwd'],
      name: 'Alice Liddell',
      email: 'alice@example.com',
      email_verified: true,
      preferred_username: 'alice@example.com',
    });
    expect(idToken.auth_time).toBeGreaterThanOrEqual(before);
    expect(accessToken).toMatchObject({
      iss: provider().issuer,
      aud: TEST_AUDIENCE,
      sub: 'alice@example.com',
      uid: idToken.sub,
      cid: TEST_CLIENT_ID,
      client_id: TEST_CLIENT_ID,
      ver: 1,
      scp: ['openid', 'profile', 'email', 'offline_access'],
      ...authenticationOf(idToken),
    });
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      refresh_token: expect.any(String),
    });
  });

  it('keeps acr, amr and auth_time when tokens are refreshed, and rotates the refresh token', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);
    const { tokens } = await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor });

    // okta-auth-js sends the scopes of the refresh token along.
    const response = await client.token({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
      scope: 'openid profile email offline_access',
    });
    const refreshed = (await response.json()) as typeof tokens;

    expect(response.status).toBe(200);
    expect(refreshed.refresh_token).toEqual(expect.any(String));
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(authenticationOf(await verify.accessToken(refreshed.access_token))).toEqual(
      authenticationOf(claimsOf(tokens.access_token)),
    );
    expect(authenticationOf(await verify.idToken(refreshed.id_token))).toEqual(
      authenticationOf(claimsOf(tokens.id_token)),
    );
  });

  it('issues no refresh token when offline_access is not requested', async () => {
    const { tokens } = await new TestClient(provider()).signIn({ ...ALICE, scope: 'openid profile' });

    expect(tokens.refresh_token).toBeUndefined();
    expect(claimsOf(tokens.access_token).scp).toEqual(['openid', 'profile']);
  });

  it('shows no consent screen, even for prompt=consent', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);

    expect((await client.signIn({ prompt: 'consent' })).pagesSeen).toEqual([]);
  });

  it('returns access_denied with the state when the user cancels', async () => {
    const client = new TestClient(provider());
    const { request, landing } = await client.authorize();

    const callback = await client.submit(landing as Page, '/cancel');

    expect(callback.kind === 'client' && Object.fromEntries(callback.url.searchParams)).toEqual({
      error: 'access_denied',
      error_description: 'The user cancelled the sign-in.',
      state: request.state,
      iss: provider().issuer,
    });
  });

  it('answers userinfo for the access token with the ID token subject', async () => {
    const { tokens } = await new TestClient(provider()).signIn(ALICE);

    const response = await fetch(`${provider().issuer}/v1/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sub: claimsOf(tokens.id_token).sub,
      name: 'Alice Liddell',
      given_name: 'Alice',
      family_name: 'Liddell',
      preferred_username: 'alice@example.com',
      email: 'alice@example.com',
      email_verified: true,
    });
  });
});
