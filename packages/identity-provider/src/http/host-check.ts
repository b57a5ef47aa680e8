import type { Middleware } from 'koa';

import { HttpError } from './http-error.js';

/**
 * Answers only requests addressed to the issuer's host (`localhost:{port}`), on every route. A web page
 * elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding) and then read the provider as
 * "its own" origin; such requests carry that name in `Host` and are refused with 421 Misdirected
 * Request. The comparison ignores case only; a missing or repeated `Host` is refused too.
 */
export function hostCheck(issuerHost: string): Middleware {
  const expected = issuerHost.toLowerCase();
  return async (ctx, next) => {
    const host = ctx.req.headers.host;
    if (typeof host !== 'string' || host.toLowerCase() !== expected) {
      throw new HttpError(
        421,
        `This sign-in service answers only at ${issuerHost}. Open it through that address.`,
      );
    }
    await next();
  };
}
