import { InvalidRequestError, MissingCredentialsError } from './bearer-errors.js';
import { isToken68, isWhitespace } from './http-grammar.js';

/**
 * Takes the access token out of an `Authorization` header value (RFC 6750 §2.1:
 * `credentials = "Bearer" 1*SP b64token`). The scheme is case-insensitive; surrounding whitespace is
 * not part of the field value and is ignored.
 *
 * - No header, an empty one, or credentials for another scheme (e.g. `Basic …`): the request carries
 *   no Bearer credentials → {@link MissingCredentialsError} (401, bare challenge, RFC 6750 §3.1).
 * - Several `Authorization` headers (an array with more than one value) → {@link InvalidRequestError}.
 * - `Bearer` without a token, with more than one, or with characters outside b64token
 *   (`1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`) → {@link InvalidRequestError}.
 *
 * Scans character by character, so a long header costs linear time.
 */
export function extractBearerToken(authorization: string | string[] | undefined): string {
  const value = singleHeaderValue(authorization);
  const end = trimmedEnd(value);
  let start = 0;
  while (start < end && isWhitespace(value.charCodeAt(start))) {
    start++;
  }
  if (start === end) {
    throw new MissingCredentialsError();
  }
  let schemeEnd = start;
  while (schemeEnd < end && !isWhitespace(value.charCodeAt(schemeEnd))) {
    schemeEnd++;
  }
  if (value.slice(start, schemeEnd).toLowerCase() !== 'bearer') {
    throw new MissingCredentialsError('The request carries no credentials for the Bearer scheme');
  }
  let tokenStart = schemeEnd;
  while (tokenStart < end && value.charCodeAt(tokenStart) === 0x20) {
    tokenStart++;
  }
  if (tokenStart === end) {
    throw new InvalidRequestError('The Authorization header names the Bearer scheme but carries no token');
  }
  if (tokenStart === schemeEnd || value.slice(tokenStart, end).includes(' ')) {
    throw new InvalidRequestError(
      tokenStart === schemeEnd
        ? 'The Bearer scheme must be followed by a space, then the token'
        : 'The Authorization header must carry exactly one bearer token',
    );
  }
  const token = value.slice(tokenStart, end);
  if (!isToken68(token)) {
    throw new InvalidRequestError('The bearer token contains characters outside the b64token syntax');
  }
  return token;
}

function singleHeaderValue(authorization: unknown): string {
  if (authorization === undefined || authorization === null) {
    throw new MissingCredentialsError();
  }
  if (Array.isArray(authorization)) {
    if (authorization.length > 1) {
      throw new InvalidRequestError('The request carries more than one Authorization header');
    }
    return singleHeaderValue(authorization[0]);
  }
  if (typeof authorization !== 'string') {
    throw new InvalidRequestError('The Authorization header is not a string');
  }
  return authorization;
}

function trimmedEnd(value: string): number {
  let end = value.length;
  while (end > 0 && isWhitespace(value.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}
