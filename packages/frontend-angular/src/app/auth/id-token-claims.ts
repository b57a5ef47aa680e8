import { OktaAuth, UserClaims } from '@okta/okta-auth-js';

/**
 * The claims of the current ID token, or `null` when nobody is signed in. Asks okta-auth-js first
 * (which renews expired tokens with the refresh token), so it is right even straight after a page
 * load, before the auth state has been published.
 */
export async function currentIdTokenClaims(
  oktaAuth: Pick<OktaAuth, 'isAuthenticated' | 'tokenManager'>,
): Promise<UserClaims | null> {
  if (!(await oktaAuth.isAuthenticated())) {
    return null;
  }
  return heldIdTokenClaims(oktaAuth);
}

/** The claims of the ID token the token manager holds right now, as it is; `null` when it holds none. */
export function heldIdTokenClaims(oktaAuth: Pick<OktaAuth, 'tokenManager'>): UserClaims | null {
  return oktaAuth.tokenManager.getTokensSync().idToken?.claims ?? null;
}
