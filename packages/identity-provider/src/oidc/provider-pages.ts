import type { CookiesSetOptions, KoaContextWithOIDC } from 'oidc-provider';

import { sendHtml } from '../http/html-response.js';
import { Html, html } from '../views/html.js';
import { renderPage } from '../views/layout.js';
import { renderMessagePage } from '../views/message-page.js';
import { endSession } from './session-termination.js';

export interface ProviderPagesOptions {
  readonly spaOrigin: string;
  readonly sessionCookie: CookiesSetOptions;
}

/** Errors oidc-provider cannot send back to a client (bad client_id, redirect_uri, expired interaction…). */
export function errorPage({ spaOrigin }: ProviderPagesOptions) {
  return (ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }): void => {
    sendHtml(
      ctx,
      ctx.status >= 400 ? ctx.status : 400,
      renderMessagePage({
        title: 'Sign-in could not continue',
        message: out.error_description ?? 'The request could not be completed.',
        detail: out.error,
        link: { href: spaOrigin, text: 'Return to the application' },
      }),
      [spaOrigin],
    );
  };
}

function idTokenHintSubject(ctx: KoaContextWithOIDC): string | undefined {
  const hint = ctx.oidc.entities.IdTokenHint as { payload?: { sub?: unknown } } | undefined;
  return typeof hint?.payload?.sub === 'string' ? hint.payload.sub : undefined;
}

/**
 * `/v1/logout`. With an `id_token_hint` (validated by oidc-provider) for the signed-in user, the session ends at
 * once and the browser goes back to `post_logout_redirect_uri` with `state`, as on Okta. Without one, OpenID
 * Connect RP-Initiated Logout requires asking the user: a page with "Sign out" and "Stay signed in".
 */
export function logoutPage({ spaOrigin, sessionCookie }: ProviderPagesOptions) {
  return async (ctx: KoaContextWithOIDC, form: string): Promise<void> => {
    const { session, params, client } = ctx.oidc;
    const subject = idTokenHintSubject(ctx);
    if (session && client && subject !== undefined && subject === session.accountId) {
      await endSession(ctx.oidc.provider, session, ctx.cookies, sessionCookie);
      const postLogout =
        typeof params?.['post_logout_redirect_uri'] === 'string'
          ? params['post_logout_redirect_uri']
          : undefined;
      const target = new URL(postLogout ?? ctx.oidc.urlFor('end_session_success'));
      const state = params?.['state'];
      if (postLogout && typeof state === 'string') {
        target.searchParams.set('state', state);
      }
      ctx.status = 303;
      ctx.redirect(target.href);
      return;
    }
    sendHtml(
      ctx,
      200,
      renderPage({
        title: 'Sign out?',
        body: html` <p>
            Do you want to sign out of the step-up demo? You will need your password to sign in again.
          </p>
          ${new Html(form)}
          <button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary" autofocus>
            Sign out
          </button>
          <button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>`,
      }),
      [spaOrigin],
    );
  };
}

/** Where a logout without a (registered) `post_logout_redirect_uri` ends. */
export function signedOutPage({ spaOrigin }: ProviderPagesOptions) {
  return (ctx: KoaContextWithOIDC): void => {
    sendHtml(
      ctx,
      200,
      renderMessagePage({
        title: "You're signed out",
        message: 'You have signed out of the step-up demo.',
        link: { href: spaOrigin, text: 'Return to the application' },
        isError: false,
      }),
      [spaOrigin],
    );
  };
}
