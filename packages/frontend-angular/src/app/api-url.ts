/** The path prefix of the resource server, served on the SPA's own origin (proxied in development). */
export const API_PATH = '/api';

/**
 * Whether a request URL (relative or absolute) addresses this app's own API: same origin as the page
 * and a path under `/api/`. URLs are resolved and normalised first, so `//evil.example/api/x`,
 * `https://evil.example/api`, `/apiary` and `/api/../admin` are not API URLs.
 */
export function isApiUrl(url: string, baseUri: string): boolean {
  let resolved: URL;
  let base: URL;
  try {
    base = new URL(baseUri);
    resolved = new URL(url, base);
  } catch {
    return false;
  }
  return (
    resolved.origin === base.origin &&
    (resolved.pathname === API_PATH || resolved.pathname.startsWith(`${API_PATH}/`))
  );
}
