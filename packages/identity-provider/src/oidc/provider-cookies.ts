import type { CookiesSetOptions } from 'oidc-provider';

/** Cookie names, distinct from other localhost apps' (cookies are shared across ports on one host). */
export const COOKIE_NAMES = {
  session: 'idp_session',
  interaction: 'idp_interaction',
  resume: 'idp_interaction_resume',
};

/** The session cookie; also used to clear it when a session ends outside oidc-provider's own routes. */
export const SESSION_COOKIE: CookiesSetOptions = { httpOnly: true, sameSite: 'lax', signed: true };

/** The interaction cookies, which bind the sign-in pages to the browser that started the request. */
export const INTERACTION_COOKIE: CookiesSetOptions = { httpOnly: true, sameSite: 'lax', signed: true };
