import type { Context, Middleware } from 'koa';
import { BearerError, extractBearerToken, InsufficientScopeError, InvalidTokenError } from 'step-up';

import { accountClaims } from '../accounts/account.js';
import type { AccountStore } from '../accounts/account-store.js';
import { ISSUER_PATH } from '../config/identity-provider-config.js';
import { OKTA_ROUTES } from '../oidc/okta-endpoints.js';
import type { AccessTokenVerifier } from './access-token-verifier.js';
import { applyCors, type CorsPolicy } from './spa-cors.js';

const USERINFO = `${ISSUER_PATH}${OKTA_ROUTES.userinfo}`;

async function authenticate(ctx: Context, verifier: AccessTokenVerifier, accounts: AccountStore) {
  const token = extractBearerToken(ctx.get('Authorization') || undefined);
  let claims;
  try {
    claims = await verifier.verify(token);
  } catch (cause) {
    throw new InvalidTokenError('The access token is invalid or has expired', { cause });
  }
  const scopes = new Set(
    Array.isArray(claims['scp']) ? claims['scp'].filter((s): s is string => typeof s === 'string') : [],
  );
  if (!scopes.has('openid')) {
    throw new InsufficientScopeError('The access token was not granted the openid scope', {
      scope: ['openid'],
    });
  }
  const account = typeof claims['uid'] === 'string' ? accounts.findById(claims['uid']) : undefined;
  if (!account) {
    throw new InvalidTokenError('The access token names a user that does not exist');
  }
  return accountClaims(account, scopes);
}

/**
 * `/v1/userinfo` (OIDC Core §5.3) for the JWT access tokens this provider issues for the API, as Okta's
 * authorization servers answer it: claims by the token's `scp`, `sub` equal to the ID token's. okta-auth-js's
 * `getUser()` calls it and compares `sub`. Errors follow RFC 6750 (`WWW-Authenticate: Bearer …`).
 */
export function userinfoEndpoint(options: {
  verifier: AccessTokenVerifier;
  accounts: AccountStore;
  spaOrigin: string;
}): Middleware {
  const cors: CorsPolicy = {
    origins: [options.spaOrigin],
    methods: ['GET', 'POST'],
    exposeHeaders: ['WWW-Authenticate'],
  };
  return async (ctx, next) => {
    if (ctx.path !== USERINFO) {
      await next();
      return;
    }
    if (applyCors(ctx, cors)) {
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method !== 'GET' && ctx.method !== 'POST') {
      ctx.set('Allow', 'GET, POST');
      ctx.status = 405;
      ctx.body = { error: 'invalid_request', error_description: 'userinfo accepts GET and POST' };
      return;
    }
    try {
      ctx.body = await authenticate(ctx, options.verifier, options.accounts);
    } catch (error) {
      if (!(error instanceof BearerError)) {
        throw error;
      }
      ctx.status = error.status;
      ctx.set('WWW-Authenticate', error.challenge(ctx.origin + ISSUER_PATH));
      ctx.body = error.toJSON();
    }
  };
}
