import OktaJwtVerifier from '@okta/jwt-verifier';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';

import { TestClient, type TokenResponse } from '../testing/oidc-client.js';
import {
  removeDataDir,
  startTestProvider,
  temporaryDataDir,
  TEST_AUDIENCE,
  TEST_CLIENT_ID,
  type TestProvider,
} from '../testing/test-provider.js';

describe('a restart with the same data directory', () => {
  const dataDir = temporaryDataDir();
  let tokens: TokenResponse;
  let client: TestClient;
  let restarted: TestProvider;

  beforeAll(async () => {
    const first = await startTestProvider(dataDir);
    client = new TestClient(first);
    ({ tokens } = await client.signIn({ email: 'alice@example.com', password: 'wonderland' }));
    await first.close();

    restarted = await startTestProvider(dataDir);
  });

  afterAll(async () => {
    await restarted.close();
    removeDataDir(dataDir);
  });

  const issuerOf = (token: string) => decodeJwt(token).iss!;

  it("verifies an access token issued before the restart with the new process's JWKS", async () => {
    const oldIssuer = issuerOf(tokens.access_token);
    const keys = createRemoteJWKSet(new URL(`${restarted.issuer}/v1/keys`));

    // The port changed (tests listen on a free port); the keys did not.
    const { payload } = await jwtVerify(tokens.access_token, keys, {
      issuer: oldIssuer,
      audience: TEST_AUDIENCE,
    });

    expect(payload.sub).toBe('alice@example.com');
  });

  it('passes @okta/jwt-verifier, as the API uses it, against the restarted provider', async () => {
    const restartedClient = new TestClient(restarted);
    const { tokens: fresh } = await restartedClient.signIn({
      email: 'alice@example.com',
      password: 'wonderland',
    });
    const options = {
      issuer: restarted.issuer,
      clientId: TEST_CLIENT_ID,
      testing: { disableHttpsCheck: true },
    };
    const accessTokens = new OktaJwtVerifier({ ...options, assertClaims: { cid: TEST_CLIENT_ID } });
    const idTokens = new OktaJwtVerifier(options);

    const accessToken = await accessTokens.verifyAccessToken(fresh.access_token, TEST_AUDIENCE);
    const idToken = await idTokens.verifyIdToken(
      fresh.id_token,
      TEST_CLIENT_ID,
      decodeJwt(fresh.id_token)['nonce'] as string,
    );

    expect(accessToken.claims).toMatchObject({
      sub: 'alice@example.com',
      acr: 'urn:okta:loa:1fa:pwd',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      scp: expect.any(Array),
    });
    expect(idToken.claims.sub).toBe(accessToken.claims['uid']);
    expect(decodeJwt(fresh.access_token).iss).toBe(restarted.issuer);
  });

  it('keeps accounts, so user ids stay the same', async () => {
    const { tokens: fresh } = await new TestClient(restarted).signIn({
      email: 'alice@example.com',
      password: 'wonderland',
    });

    expect(decodeJwt(fresh.id_token).sub).toBe(decodeJwt(tokens.id_token).sub);
  });

  it('keeps refresh tokens usable', async () => {
    const response = await fetch(`${restarted.issuer}/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token!,
        client_id: TEST_CLIENT_ID,
      }),
    });

    expect(response.status).toBe(200);
    expect(decodeJwt(((await response.json()) as TokenResponse).access_token)).toMatchObject({
      acr: decodeJwt(tokens.access_token)['acr'],
      auth_time: decodeJwt(tokens.access_token)['auth_time'],
    });
  });

  it('keeps the browser session: signing in again asks for nothing', async () => {
    const sameBrowser = Object.assign(new TestClient(restarted), { browser: client.browser });

    expect((await sameBrowser.signIn()).pagesSeen).toEqual([]);
  });
});
