/** A person who can sign in to the embedded provider. */
export interface Account {
  /** Stable, random, never reused user id: the ID token's `sub` and the access token's `uid` (as on Okta). */
  readonly id: string;
  /** Login name (as on Okta, the access token's `sub`) and the address email codes are delivered to. */
  readonly email: string;
  readonly emailVerified: boolean;
  readonly givenName: string;
  readonly familyName: string;
}

/** Standard OIDC claims (Core §5.1) an account can release, by the scope that releases them. */
export interface AccountClaims {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  preferred_username?: string;
  email?: string;
  email_verified?: boolean;
}

/** The claims of `account` released by `scopes` (`profile`, `email`); `sub` is always present. */
export function accountClaims(account: Account, scopes: ReadonlySet<string>): AccountClaims {
  return {
    sub: account.id,
    ...(scopes.has('profile') && {
      name: `${account.givenName} ${account.familyName}`,
      given_name: account.givenName,
      family_name: account.familyName,
      preferred_username: account.email,
    }),
    ...(scopes.has('email') && { email: account.email, email_verified: account.emailVerified }),
  };
}

/** Emails compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
