import type { Middleware } from 'koa';

import { ISSUER_PATH } from '../config/identity-provider-config.js';
import { OKTA_ROUTES } from '../oidc/okta-endpoints.js';

const LOGOUT = `${ISSUER_PATH}${OKTA_ROUTES.end_session}`;

/**
 * `/v1/logout` without `id_token_hint` and without `client_id`: oidc-provider would ignore the
 * `post_logout_redirect_uri` (it cannot tell whose it is) and strand the user on its own page. When the URI is
 * one the SPA client registered, this names the client, so the logout ends back in the SPA.
 */
export function logoutClientId(options: {
  clientId: string;
  postLogoutRedirectUris: readonly string[];
}): Middleware {
  return async (ctx, next) => {
    if (ctx.path === LOGOUT && ctx.method === 'GET') {
      const query = new URLSearchParams(ctx.querystring);
      const uri = query.get('post_logout_redirect_uri');
      if (
        !query.has('id_token_hint') &&
        !query.has('client_id') &&
        uri &&
        options.postLogoutRedirectUris.includes(uri)
      ) {
        query.set('client_id', options.clientId);
        ctx.querystring = query.toString();
      }
    }
    await next();
  };
}
