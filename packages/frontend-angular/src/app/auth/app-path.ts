/** Where the provider sends the browser back with `code` or `error` (registered as `${origin}/login/callback`). */
export const LOGIN_CALLBACK_PATH = '/login/callback';

/**
 * Turns a stored "where to go after sign-in" value into a path inside this app. Anything pointing at
 * another origin, or at the callback itself (which would replay a finished sign-in), becomes `/`: the
 * value travels through storage, so it is never trusted as a redirect target.
 */
export function appPath(uri: string | null | undefined, origin: string): string {
  if (!uri) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(uri, origin);
  } catch {
    return '/';
  }
  if (
    url.origin !== origin ||
    url.pathname === LOGIN_CALLBACK_PATH ||
    url.pathname.startsWith(`${LOGIN_CALLBACK_PATH}/`)
  ) {
    return '/';
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
