import type { Context } from 'koa';

import { STYLES_CSP_SOURCE } from '../views/styles.js';

export interface HtmlResponseOptions {
  /** Lets the page load script files from the provider's own origin (the passkey ceremony); never inline script. */
  readonly sameOriginScripts?: boolean;
}

/**
 * Sends a page rendered by the provider with headers that keep it from being framed, sniffed or cached: the
 * Content-Security-Policy allows only the inline stylesheet (by hash), form posts to this origin and to the SPA
 * (sign-in redirects end there) and, for the passkey pages, script files from this origin (`'self'`).
 */
export function sendHtml(
  ctx: Context,
  status: number,
  page: string,
  formTargets: readonly string[],
  { sameOriginScripts = false }: HtmlResponseOptions = {},
): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set({
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${STYLES_CSP_SOURCE}`,
      ...(sameOriginScripts ? ["script-src 'self'"] : []),
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
