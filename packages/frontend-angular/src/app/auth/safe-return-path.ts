/** Where the provider sends the browser back with `code` or `error` (registered as `${origin}/login/callback`). */
export const LOGIN_CALLBACK_PATH = '/login/callback';

/** Longer values are not a path this app makes; they are refused rather than parsed. */
const MAX_RETURN_PATH_LENGTH = 2048;

/** How many layers of percent-encoding are looked through (`%252F` is `/` encoded twice). */
const MAX_DECODING_ROUNDS = 3;

/** C0 controls, DEL and C1 controls: never in a path this app makes, and URL parsers drop some of them. */
const CONTROL_CHARACTER = /\p{Cc}/u;
/** An ASCII control character, as a percent-decoded byte may be. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const ASCII_CONTROL = /[\x00-\x1f\x7f]/;
const PERCENT_ENCODED_BYTE = /%([0-9a-f]{2})/gi;

/**
 * The "take me back" value that travels through browser storage (okta-auth-js's original URI, a
 * pending step-up's page), reduced to a path on this app's origin; anything else becomes `/`.
 *
 * Accepted: a relative path starting with one `/`, with query and fragment. Refused, whatever the
 * layer of percent-encoding: absolute and protocol-relative URLs (`https://…`, `//evil.example`,
 * `/%2F%2Fevil.example`), backslashes (`/\evil.example`, which browsers read as `//`), `javascript:`
 * and other schemes, control characters (a tab or newline that parsers silently drop), paths that
 * normalise to `//…`, and the callback itself (which would replay a finished
 * sign-in).
 */
export function safeReturnPath(uri: unknown, origin: string): string {
  if (typeof uri !== 'string' || uri.length > MAX_RETURN_PATH_LENGTH) {
    return '/';
  }
  if (CONTROL_CHARACTER.test(uri) || !decodedLayers(uri).every(isPlainRelativePath)) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(uri, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname.startsWith('//') || isCallbackPath(url.pathname)) {
    return '/';
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The value and each percent-decoding of it. Bytes are decoded one by one, so a stray `%` or a
 * multi-byte character cannot stop the decoding early: what matters is the ASCII a browser or router
 * may eventually see (`/`, `\\`, controls).
 */
function decodedLayers(value: string): string[] {
  const layers = [value];
  for (let round = 0; round < MAX_DECODING_ROUNDS; round++) {
    const current = layers[layers.length - 1];
    const decoded = current.replace(PERCENT_ENCODED_BYTE, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (decoded === current) {
      break;
    }
    layers.push(decoded);
  }
  return layers;
}

function isPlainRelativePath(value: string): boolean {
  return (
    value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !ASCII_CONTROL.test(value)
  );
}

function isCallbackPath(pathname: string): boolean {
  return decodedLayers(pathname).some(
    (path) => path === LOGIN_CALLBACK_PATH || path.startsWith(`${LOGIN_CALLBACK_PATH}/`),
  );
}
