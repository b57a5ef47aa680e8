import type { Context, Middleware } from 'koa';
import type Provider from 'oidc-provider';

import { ISSUER_PATH } from '../config/identity-provider-config.js';
import { readFormBody } from '../http/form-body.js';
import { HttpError } from '../http/http-error.js';
import type { ProviderDispatch } from '../http/provider-mount.js';
import { replayRequest } from '../http/replayed-request.js';
import { OKTA_ROUTES } from '../oidc/okta-endpoints.js';
import { looksLikeJwt, type AccessTokenVerifier } from './access-token-verifier.js';
import { clientIdFromBasicWithoutSecret } from './client-basic-auth.js';
import { applyCors } from './spa-cors.js';

/** oidc-provider's own limit for token endpoint bodies. */
const BODY_LIMIT_BYTES = 56 * 1024;

const REVOKE = `${ISSUER_PATH}${OKTA_ROUTES.revocation}`;
const INTROSPECT = `${ISSUER_PATH}${OKTA_ROUTES.introspection}`;

export interface TokenEndpointOptions {
  readonly provider: Provider;
  readonly dispatch: ProviderDispatch;
  readonly verifier: AccessTokenVerifier;
  readonly spaOrigin: string;
}

function oauthError(ctx: Context, status: number, error: string, description: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { error, error_description: description };
}

/** A JWT access token's introspection response (RFC 7662), shaped like Okta's. */
async function introspectJwt(ctx: Context, verifier: AccessTokenVerifier, token: string, clientId: string) {
  ctx.set('Cache-Control', 'no-store');
  try {
    const claims = await verifier.verify(token);
    ctx.body =
      claims['cid'] === clientId
        ? { active: true, token_type: 'Bearer', username: claims.sub, ...claims }
        : { active: false };
  } catch {
    ctx.body = { active: false };
  }
}

/**
 * Okta behaviour okta-auth-js relies on at `/v1/revoke` and `/v1/introspect`, in front of oidc-provider:
 * - `Authorization: Basic base64(clientId)` without a colon (a public client) is read as `client_id`.
 * - JWT access tokens are self-contained and cannot be revoked one by one: revoking one answers 200, as
 *   Okta does and RFC 7009 §2.2 allows for tokens the server will not act on; introspecting one verifies it.
 * Everything else (refresh tokens, errors, client authentication) is oidc-provider's.
 */
export function oktaTokenEndpoints({
  provider,
  dispatch,
  verifier,
  spaOrigin,
}: TokenEndpointOptions): Middleware {
  return async (ctx, next) => {
    const isRevoke = ctx.path === REVOKE;
    if (
      (!isRevoke && ctx.path !== INTROSPECT) ||
      ctx.method !== 'POST' ||
      !ctx.is('application/x-www-form-urlencoded')
    ) {
      await next();
      return;
    }
    let form: URLSearchParams;
    try {
      form = await readFormBody(ctx, BODY_LIMIT_BYTES);
    } catch (error) {
      if (error instanceof HttpError) {
        oauthError(ctx, error.status === 413 ? 413 : 400, 'invalid_request', error.message);
        return;
      }
      throw error;
    }

    let authorization: string | undefined = ctx.get('Authorization') || undefined;
    const basicClientId = clientIdFromBasicWithoutSecret(authorization);
    if (basicClientId !== undefined) {
      if (form.has('client_id') && form.get('client_id') !== basicClientId) {
        applyCors(ctx, { origins: [spaOrigin], methods: ['POST'] });
        oauthError(ctx, 400, 'invalid_request', 'client_id mismatch');
        return;
      }
      form.set('client_id', basicClientId);
      authorization = undefined;
    }

    const clientId = form.getAll('client_id').length === 1 ? form.get('client_id') : null;
    const tokens = form.getAll('token');
    const client = clientId && !authorization ? await provider.Client.find(clientId) : undefined;
    if (client?.clientAuthMethod === 'none' && tokens.length === 1 && looksLikeJwt(tokens[0])) {
      applyCors(ctx, { origins: [spaOrigin], methods: ['POST'] });
      if (isRevoke) {
        ctx.status = 200;
        ctx.body = '';
        return;
      }
      await introspectJwt(ctx, verifier, tokens[0], client.clientId);
      return;
    }

    ctx.respond = false;
    await dispatch(replayRequest(ctx.req, form.toString(), { authorization }), ctx.res);
  };
}
