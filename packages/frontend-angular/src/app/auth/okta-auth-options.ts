import { OktaAuthOptions } from '@okta/okta-auth-js';

import { RuntimeConfig } from '../config/runtime-config';
import { LOGIN_CALLBACK_PATH } from './safe-return-path';

/** `offline_access` asks for a refresh token, which renews tokens without another redirect. */
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'offline_access'];

/**
 * The okta-auth-js options for this SPA: authorization code flow with PKCE, tokens renewed with the
 * refresh token before they expire.
 *
 * Tokens live in sessionStorage, not localStorage: they stay with the tab that signed in and are gone
 * when it closes, so a refresh token (and an elevated `acr` obtained by step-up) does not outlive the
 * visit or leak into other tabs. Another tab signs in with one redirect, which the provider's session
 * answers without asking for a password again.
 */
export function oktaAuthOptions(config: RuntimeConfig, origin: string): OktaAuthOptions {
  return {
    issuer: config.issuer,
    clientId: config.clientId,
    redirectUri: `${origin}${LOGIN_CALLBACK_PATH}`,
    postLogoutRedirectUri: origin,
    scopes: [...OIDC_SCOPES],
    pkce: true,
    tokenManager: {
      storage: 'sessionStorage',
      autoRenew: true,
      // Each tab has tokens of its own, so it renews them itself. With sync on, okta-auth-js would send every
      // tab's token events to the others and let only one elected tab renew actively.
      syncStorage: false,
    },
  };
}
