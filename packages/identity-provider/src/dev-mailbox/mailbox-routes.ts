import type { Middleware } from 'koa';
import type { Clock } from 'step-up';

import type { DevMailbox } from './dev-mailbox.js';
import { sendHtml } from '../http/html-response.js';
import { renderMailboxPage } from './mailbox-page.js';

export const MAILBOX_PATH = '/dev/mailbox';

/**
 * The development mailbox: `GET /dev/mailbox` (HTML for people) and `GET /dev/mailbox.json[?to=email]`
 * (`{ messages: [{ to, code, sentAt, expiresAt }] }`, newest first, for tests).
 */
export function mailboxRoutes(mailbox: DevMailbox, clock: Clock): Middleware {
  return async (ctx, next) => {
    const json = ctx.path === `${MAILBOX_PATH}.json`;
    if (ctx.path !== MAILBOX_PATH && !json) {
      await next();
      return;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD');
      ctx.status = 405;
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    if (json) {
      const to = ctx.query['to'];
      if (Array.isArray(to)) {
        ctx.status = 400;
        ctx.body = { error: 'invalid_request', error_description: 'to must be given at most once' };
        return;
      }
      ctx.body = { messages: mailbox.list(to) };
      return;
    }
    sendHtml(ctx, 200, renderMailboxPage(mailbox.list(), new Date(clock.now())), []);
  };
}
