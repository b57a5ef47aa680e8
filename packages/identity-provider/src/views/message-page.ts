import { html } from './html.js';
import { renderPage } from './layout.js';

export interface MessagePageOptions {
  readonly title: string;
  readonly message: string;
  /** Technical detail shown under the message (e.g. an OAuth error code). */
  readonly detail?: string | undefined;
  readonly link?: { readonly href: string; readonly text: string } | undefined;
  readonly isError?: boolean;
}

/** A page that explains something (an error, a signed-out state) and offers one way on. */
export function renderMessagePage({
  title,
  message,
  detail,
  link,
  isError = true,
}: MessagePageOptions): string {
  return renderPage({
    title,
    hasError: isError,
    body: html`
<p${isError ? html` role="alert"` : ''}>${message}</p>
${detail ? html`<p class="muted"><code>${detail}</code></p>` : ''}
${link ? html`<a class="button primary" href="${link.href}">${link.text}</a>` : ''}`,
  });
}
