import { randomBytes } from 'node:crypto';

import type { Context, Middleware } from 'koa';
import type Provider from 'oidc-provider';

import type { AccountStore } from '../accounts/account-store.js';
import { SESSION_COOKIE } from '../oidc/provider-cookies.js';
import { endSession } from '../oidc/session-termination.js';
import { applyCors, isForeignOrigin, type CorsPolicy } from './spa-cors.js';

export const SESSIONS_ME_PATH = '/api/v1/sessions/me';

/** Okta's error body for a missing session (`E0000007`). */
function sessionNotFound(ctx: Context): void {
  ctx.status = 404;
  ctx.body = {
    errorCode: 'E0000007',
    errorSummary: 'Not found: Resource not found: me (Session)',
    errorLink: 'E0000007',
    errorId: `oae${randomBytes(11).toString('base64url')}`,
    errorCauses: [],
  };
}

function isoSeconds(seconds: number | undefined): string | undefined {
  return seconds === undefined ? undefined : new Date(seconds * 1000).toISOString();
}

/**
 * Okta's `/api/v1/sessions/me` on the issuer's origin, for okta-auth-js: `DELETE` (what `signOut()` calls when it
 * has no ID token) ends the browser session and answers 204; `GET` (`session.exists()`/`session.get()`)
 * describes it. Both answer 404 without a session, like Okta, and allow credentialed CORS from the SPA.
 */
export function sessionsMe(options: {
  provider: Provider;
  accounts: AccountStore;
  spaOrigin: string;
}): Middleware {
  const { provider, accounts } = options;
  const cors: CorsPolicy = { origins: [options.spaOrigin], methods: ['GET', 'DELETE'], credentials: true };

  return async (ctx, next) => {
    if (ctx.path !== SESSIONS_ME_PATH) {
      await next();
      return;
    }
    if (applyCors(ctx, cors)) {
      return;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'DELETE') {
      ctx.set('Allow', 'GET, DELETE, OPTIONS');
      ctx.status = 405;
      ctx.body = {
        errorCode: 'E0000022',
        errorSummary: 'The endpoint does not support the provided HTTP method',
      };
      return;
    }
    if (isForeignOrigin(ctx, cors)) {
      ctx.status = 403;
      ctx.body = {
        errorCode: 'E0000006',
        errorSummary: 'You do not have permission to perform the requested action',
      };
      return;
    }
    ctx.set('Cache-Control', 'no-store');

    const providerContext = provider.createContext(ctx.req, ctx.res);
    const session = await provider.Session.get(providerContext);
    const account = session.accountId ? accounts.findById(session.accountId) : undefined;
    if (!account) {
      sessionNotFound(ctx);
      return;
    }

    if (ctx.method === 'DELETE') {
      await endSession(provider, session, providerContext.cookies, SESSION_COOKIE);
      ctx.status = 204;
      return;
    }

    const amr = session.amr ?? [];
    ctx.body = {
      id: session.uid,
      userId: account.id,
      login: account.email,
      createdAt: isoSeconds(session.iat),
      expiresAt: isoSeconds(session.exp),
      status: 'ACTIVE',
      lastPasswordVerification: isoSeconds(session.loginTs),
      lastFactorVerification: amr.includes('mfa') ? isoSeconds(session.loginTs) : undefined,
      amr,
      idp: { id: 'embedded', type: 'OKTA' },
      mfaActive: amr.includes('mfa'),
    };
  };
}
