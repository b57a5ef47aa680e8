import type {
  AccessToken,
  ClientCredentials,
  JWTStructured,
  KoaContextWithOIDC,
  UnknownObject,
} from 'oidc-provider';

import type { AccountStore } from '../accounts/account-store.js';

/**
 * `acr`, `amr` and `auth_time` for access tokens, taken from what is being exchanged: the authorization code
 * (which took them from the session when the user authenticated) or the refresh token (which took them from
 * the code), so a refreshed access token keeps the original authentication's level and time.
 */
export function authenticationClaims(ctx: KoaContextWithOIDC): UnknownObject | undefined {
  const source = ctx.oidc.entities.RefreshToken ?? ctx.oidc.entities.AuthorizationCode;
  if (!source) {
    return undefined;
  }
  return { acr: source.acr, amr: source.amr, auth_time: source.authTime };
}

/**
 * Shapes JWT access tokens like Okta's: `ver: 1`, `cid` (client id), `uid` (user id), `scp` (granted scopes as an
 * array) and `sub` = the user's login (email), while the ID token's `sub` stays the user id. RFC 9068's
 * `client_id` and `scope` stay as well.
 */
export function oktaAccessTokenShape(accounts: AccountStore) {
  return (_ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials, jwt: JWTStructured): void => {
    const { payload } = jwt;
    const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
    const accountId = 'accountId' in token ? token.accountId : undefined;
    const account = accountId ? accounts.findById(accountId) : undefined;
    Object.assign(payload, {
      ver: 1,
      cid: payload['client_id'],
      scp: scope.split(' ').filter(Boolean),
      ...(account && { uid: account.id, sub: account.email }),
    });
  };
}
