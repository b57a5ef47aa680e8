import type { Context, Middleware } from 'koa';

import { renderMessagePage } from '../views/message-page.js';
import { sendHtml } from './html-response.js';

/** Answers with the "Page not found" page. */
export function sendNotFound(ctx: Context, spaOrigin: string): void {
  sendHtml(
    ctx,
    404,
    renderMessagePage({
      title: 'Page not found',
      message: 'There is nothing at this address.',
      link: { href: spaOrigin, text: 'Go to the application' },
    }),
    [],
  );
}

/** A page for paths nothing else answered. */
export function notFound(spaOrigin: string): Middleware {
  return (ctx) => {
    sendNotFound(ctx, spaOrigin);
  };
}
