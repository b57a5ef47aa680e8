import type { Context } from 'koa';

import { STYLES_CSP_SOURCE } from '../views/styles.js';

/**
 * Sends a page rendered by the provider with headers that keep it from being framed, sniffed, cached or
 * given any script: the Content-Security-Policy allows only the inline stylesheet (by hash) and form posts to
 * this origin and to the SPA (sign-in redirects end there).
 */
export function sendHtml(ctx: Context, status: number, page: string, formTargets: readonly string[]): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set({
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${STYLES_CSP_SOURCE}`,
      `form-action 'self' ${formTargets.join(' ')}`.trim(),
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  ctx.body = page;
}
