import { Html, html } from './html.js';
import { STYLES } from './styles.js';

/**
 * The stylesheet is a constant, not input: emitted verbatim, element and all, so that its content is exactly the
 * text whose hash the Content-Security-Policy allows.
 */
const STYLE_ELEMENT = new Html(`<style>${STYLES}</style>`);

export interface PageOptions {
  /** The page's heading and document title. */
  readonly title: string;
  readonly body: Html;
  /** Prefixes the document title with "Error:" so screen-reader users hear it first. */
  readonly hasError?: boolean;
  /** A wider card, for tables. */
  readonly wide?: boolean;
  /** Reloads the page every n seconds. */
  readonly refreshSeconds?: number;
  /** Same-origin script files, run in order after the document is parsed (the CSP allows only `'self'`). */
  readonly scripts?: readonly string[];
}

/** The shared document around every page: one centred card with the provider's name above it. */
export function renderPage({
  title,
  body,
  hasError = false,
  wide = false,
  refreshSeconds,
  scripts = [],
}: PageOptions): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        ${refreshSeconds === undefined ? '' : html`<meta http-equiv="refresh" content="${refreshSeconds}" />`}
        <title>${hasError ? 'Error: ' : ''}${title} · Step-up demo sign-in</title>
        ${STYLE_ELEMENT} ${scripts.map((src) => html`<script src="${src}" defer></script>`)}
      </head>
      <body>
        <main class="${wide ? 'wide' : ''}">
          <div class="card">
            <p class="brand"><span class="brand-mark" aria-hidden="true">S</span>Step-up demo · sign-in</p>
            <h1>${title}</h1>
            ${body}
          </div>
          <p class="footer">Embedded OpenID Provider for local development</p>
        </main>
      </body>
    </html> `.toString();
}
