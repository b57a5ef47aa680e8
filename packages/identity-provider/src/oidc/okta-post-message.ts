import { createHash } from 'node:crypto';

import type { KoaContextWithOIDC } from 'oidc-provider';

import { STYLES_CSP_SOURCE } from '../views/styles.js';
import { Html, html } from '../views/html.js';
import { renderPage } from '../views/layout.js';

/** Okta's response mode for `token.getWithPopup()` (and iframes: `token.getWithoutPrompt()`). */
export const OKTA_POST_MESSAGE = 'okta_post_message';

const RESPONSE_ELEMENT_ID = 'authorization-response';

/**
 * The page's one script, a constant so that a constant hash allows it: it reads the response from the JSON
 * block beside it and posts it to the window that opened this one (a popup) or, when framed, to the parent,
 * for the client's origin only. The browser drops the message if that window now shows another origin.
 */
export const POST_MESSAGE_SCRIPT = `(function () {
  var block = document.getElementById('${RESPONSE_ELEMENT_ID}');
  var response = JSON.parse(block.textContent);
  var target = window.opener || (window.parent !== window ? window.parent : null);
  if (target) {
    target.postMessage(response.data, response.targetOrigin);
  }
})();`;

const SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(POST_MESSAGE_SCRIPT).digest('base64')}'`;

/** What a script data block must not contain as is: `</script>`, `<!--`, and the JSON-only line breaks. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * The `okta_post_message` response mode, as Okta's authorization server answers it: instead of redirecting,
 * `/v1/authorize` renders a page that posts `{ code, state }` (or `{ error, error_description, state }`) to
 * the opener with `postMessage`, targeted at the origin of the (registered) `redirect_uri`. okta-auth-js
 * accepts the message only from the issuer's origin and with its `state`, then exchanges the code.
 * oidc-provider has validated `redirect_uri` against the client's registration before calling this, for
 * errors too.
 */
export function oktaPostMessage(
  ctx: KoaContextWithOIDC,
  redirectUri: string,
  payload: Record<string, unknown>,
): void {
  const targetOrigin = webOrigin(redirectUri);
  ctx.type = 'text/html; charset=utf-8';
  ctx.set({
    'Content-Security-Policy': [
      "default-src 'none'",
      `script-src ${SCRIPT_CSP_SOURCE}`,
      `style-src ${STYLES_CSP_SOURCE}`,
      // A popup is not framed at all; an iframe (prompt=none) may be framed by the client only.
      `frame-ancestors ${targetOrigin ?? "'none'"}`,
      "form-action 'none'",
      "base-uri 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (targetOrigin === undefined) {
    ctx.status = 400;
    ctx.body = renderPage({
      title: 'Sign-in could not continue',
      hasError: true,
      body: html`<p role="alert">This application can't receive a sign-in result in a window.</p>`,
    });
    return;
  }
  const isError = 'error' in payload;
  // okta-auth-js turns the message into an error only when it has both members.
  const data = isError
    ? { ...payload, error_description: payload['error_description'] ?? payload['error'] }
    : payload;
  const json = JSON.stringify({ targetOrigin, data }).replace(
    SCRIPT_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  ctx.status = isError ? 400 : 200;
  ctx.body = renderPage({
    title: 'Returning to the application',
    body: html`<p>This window hands the sign-in result to the application that opened it, which closes it.</p>
      <p>
        If it stays open, the application is no longer waiting for it: close this window and start again
        there.
      </p>
      ${new Html(`<script type="application/json" id="${RESPONSE_ELEMENT_ID}">${json}</script>`)}
      ${new Html(`<script>${POST_MESSAGE_SCRIPT}</script>`)}`,
  });
}

/** The origin a message may be posted to: the redirect URI's, when it is an http(s) URL. */
function webOrigin(redirectUri: string): string | undefined {
  const url = URL.parse(redirectUri);
  return url?.protocol === 'https:' || url?.protocol === 'http:' ? url.origin : undefined;
}

/** Lists the response mode in discovery, as Okta's metadata does. */
export async function advertiseOktaPostMessage(ctx: KoaContextWithOIDC, next: () => Promise<void>) {
  await next();
  const body = ctx.body as { response_modes_supported?: unknown } | undefined;
  if (ctx.oidc?.route === 'discovery' && Array.isArray(body?.response_modes_supported)) {
    body.response_modes_supported.push(OKTA_POST_MESSAGE);
  }
}
