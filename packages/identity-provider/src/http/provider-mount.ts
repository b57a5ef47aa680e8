import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Middleware } from 'koa';
import type Provider from 'oidc-provider';

/** `req.baseUrl` is where oidc-provider reads the mount path from when it builds its own URLs. */
type MountedRequest = IncomingMessage & { baseUrl?: string };

/** Hands a request for `{prefix}/…` to the provider. */
export type ProviderDispatch = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Dispatches requests under `prefix` to oidc-provider with the prefix stripped (the provider routes
 * `/v1/authorize`, `/v1/token`, …) and `baseUrl` set, so the URLs it builds keep the prefix and match the issuer.
 */
export function providerDispatch(prefix: string, provider: Provider): ProviderDispatch {
  const handle = provider.callback();
  return async (req: MountedRequest, res) => {
    const rest = (req.url ?? '/').slice(prefix.length);
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    req.baseUrl = prefix;
    await handle(req, res);
  };
}

/** Whether `path` is `prefix` itself or below it. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Mounts the provider at `prefix` (Okta's `/oauth2/default`). */
export function mountProvider(prefix: string, dispatch: ProviderDispatch): Middleware {
  return async (ctx, next) => {
    if (!isUnder(ctx.path, prefix)) {
      await next();
      return;
    }
    ctx.respond = false;
    await dispatch(ctx.req, ctx.res);
  };
}
