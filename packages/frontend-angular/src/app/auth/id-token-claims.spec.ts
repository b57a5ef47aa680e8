import { currentIdTokenClaims, heldIdTokenClaims } from './id-token-claims';

const claims = { sub: 'alice', acr: 'urn:okta:loa:2fa:any', auth_time: 1_750_000_000 };

function oktaAuthHolding(idToken: { claims: typeof claims } | undefined, authenticated = true) {
  return {
    isAuthenticated: () => Promise.resolve(authenticated),
    tokenManager: { getTokensSync: () => ({ idToken }) },
  } as unknown as Parameters<typeof currentIdTokenClaims>[0];
}

describe('heldIdTokenClaims', () => {
  it('reads the claims of the ID token the token manager holds', () => {
    expect(heldIdTokenClaims(oktaAuthHolding({ claims }))).toEqual(claims);
  });

  it('is null when no ID token is held', () => {
    expect(heldIdTokenClaims(oktaAuthHolding(undefined))).toBeNull();
  });
});

describe('currentIdTokenClaims', () => {
  it('reads the held claims once okta-auth-js says the visitor is signed in', async () => {
    await expect(currentIdTokenClaims(oktaAuthHolding({ claims }))).resolves.toEqual(claims);
  });

  it('is null when okta-auth-js says nobody is signed in, whatever tokens are still held', async () => {
    await expect(currentIdTokenClaims(oktaAuthHolding({ claims }, false))).resolves.toBeNull();
  });
});
