import { OktaAcr } from 'step-up';

/**
 * oidc-provider routes renamed to Okta's (relative to the issuer): okta-auth-js builds these URLs from the
 * issuer instead of reading discovery.
 */
export const OKTA_ROUTES = {
  authorization: '/v1/authorize',
  token: '/v1/token',
  jwks: '/v1/keys',
  end_session: '/v1/logout',
  revocation: '/v1/revoke',
  userinfo: '/v1/userinfo',
  introspection: '/v1/introspect',
  pushed_authorization_request: '/v1/par',
} as const;

/**
 * The `acr` values this server can meet: Okta's, up to `phr` (a passkey). `phrh` is left out: it needs a passkey
 * whose attestation proves it is hardware-bound, and passkeys here are registered with `none` attestation.
 */
export const ACR_VALUES_SUPPORTED: readonly string[] = Object.values(OktaAcr).filter(
  (acr) => acr !== OktaAcr.PhishingResistantHardware,
);

/** The SPA's scopes, all of which its access tokens carry in `scp` (as Okta's do). */
export const SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;
