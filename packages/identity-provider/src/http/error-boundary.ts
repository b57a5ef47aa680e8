import type { Middleware } from 'koa';

import type { Logger } from '../logging/logger.js';
import { renderMessagePage } from '../views/message-page.js';
import { sendHtml } from './html-response.js';
import { HttpError } from './http-error.js';

/**
 * The last line of defence for the provider's own routes: a refused request ({@link HttpError}) becomes a
 * page with its status; anything unexpected is logged and becomes a 500 page without internals.
 */
export function errorBoundary(logger: Logger, spaOrigin: string): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (ctx.headerSent || !ctx.writable) {
        logger.error(`${ctx.method} ${ctx.path} failed after the response started`, error);
        return;
      }
      const link = { href: spaOrigin, text: 'Return to the application' };
      if (error instanceof HttpError) {
        ctx.set(error.headers);
        sendHtml(
          ctx,
          error.status,
          renderMessagePage({ title: 'Request refused', message: error.message, link }),
          [spaOrigin],
        );
        return;
      }
      logger.error(`${ctx.method} ${ctx.path} failed`, error);
      sendHtml(
        ctx,
        500,
        renderMessagePage({
          title: 'Something went wrong',
          message: 'The sign-in service hit an unexpected problem. Please try again.',
          link,
        }),
        [spaOrigin],
      );
    }
  };
}
