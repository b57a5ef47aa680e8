import type { Context } from 'koa';

export interface CorsPolicy {
  /** Origins allowed to call (the SPA's). */
  readonly origins: readonly string[];
  readonly methods: readonly string[];
  /** Send cookies cross-origin (`DELETE /api/v1/sessions/me`). */
  readonly credentials?: boolean;
  readonly exposeHeaders?: readonly string[];
}

/**
 * Applies CORS for an allowed `Origin` and answers a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) with 204. Returns `true` when the request was a preflight, now answered.
 * A disallowed origin gets no CORS headers, so the browser withholds the response from it.
 */
export function applyCors(ctx: Context, policy: CorsPolicy): boolean {
  ctx.vary('Origin');
  const origin = ctx.get('Origin');
  const allowed = origin !== '' && policy.origins.includes(origin);
  const preflight = ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method') !== '';
  if (allowed) {
    ctx.set('Access-Control-Allow-Origin', origin);
    if (policy.credentials) {
      ctx.set('Access-Control-Allow-Credentials', 'true');
    }
    if (policy.exposeHeaders?.length) {
      ctx.set('Access-Control-Expose-Headers', policy.exposeHeaders.join(', '));
    }
    if (preflight) {
      ctx.set('Access-Control-Allow-Methods', policy.methods.join(', '));
      const requested = ctx.get('Access-Control-Request-Headers');
      if (requested) {
        ctx.set('Access-Control-Allow-Headers', requested);
      }
      ctx.set('Access-Control-Max-Age', '600');
    }
  }
  if (preflight) {
    ctx.status = 204;
  }
  return preflight;
}

/** Whether the request comes from a browser page on another origin than the allowed ones. */
export function isForeignOrigin(ctx: Context, policy: CorsPolicy): boolean {
  const origin = ctx.get('Origin');
  return origin !== '' && !policy.origins.includes(origin);
}
