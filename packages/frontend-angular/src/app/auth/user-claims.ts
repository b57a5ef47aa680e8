import { AuthState, UserClaims } from '@okta/okta-auth-js';

/** The ID token claims of a signed-in visitor, or `null` when nobody is signed in. */
export function signedInClaims(authState: AuthState | null | undefined): UserClaims | null {
  if (!authState?.isAuthenticated || !authState.idToken) {
    return null;
  }
  return authState.idToken.claims;
}

/** The name to greet the visitor with: `name`, else `given_name`, `preferred_username`, `email`. */
export function displayName(claims: UserClaims): string {
  const candidates = [claims.name, claims.given_name, claims.preferred_username, claims.email];
  return candidates.find((value) => typeof value === 'string' && value.trim() !== '')?.trim() ?? 'there';
}
