/**
 * How far in the future an `auth_time` may lie and still be believed, to absorb clock drift between
 * the authorization server and this process. Beyond it the claim is treated as suspicious.
 */
export const AUTH_TIME_CLOCK_SKEW_SECONDS = 60;

/**
 * Whether the authentication event recorded in `auth_time` (seconds since the epoch, OIDC Core §2)
 * happened no longer than `maxAgeSeconds` before `nowSeconds`, i.e. `now - auth_time <= max_age`.
 *
 * - `auth_time` must be a finite, non-negative number; anything else (missing, a string, NaN, a
 *   boolean, a negative value) is not recent.
 * - An `auth_time` more than {@link AUTH_TIME_CLOCK_SKEW_SECONDS} ahead of `nowSeconds` is not recent:
 *   a token claiming an authentication that has not happened yet is not trusted.
 * - `max_age = 0` is honoured literally: only an authentication in the same second as `nowSeconds`
 *   (or slightly in the future, within the skew) is recent. For an authorization server `max_age=0`
 *   means "authenticate again now" (like `prompt=login`); the token that results carries an
 *   `auth_time` of that very second, so a resource server asking for 0 accepts only tokens minted by
 *   a fresh login and the client should retry at once.
 *
 * @throws TypeError when `maxAgeSeconds` is not a non-negative integer or `nowSeconds` is not a finite
 *   number: those are programming errors, not properties of the token.
 */
export function isAuthenticationRecent(
  authTime: unknown,
  maxAgeSeconds: number,
  nowSeconds: number,
): boolean {
  if (!Number.isSafeInteger(maxAgeSeconds) || maxAgeSeconds < 0) {
    throw new TypeError(`maxAgeSeconds must be a non-negative integer, received ${String(maxAgeSeconds)}`);
  }
  if (typeof nowSeconds !== 'number' || !Number.isFinite(nowSeconds)) {
    throw new TypeError(`nowSeconds must be a finite number, received ${String(nowSeconds)}`);
  }
  if (typeof authTime !== 'number' || !Number.isFinite(authTime) || authTime < 0) {
    return false;
  }
  if (authTime - nowSeconds > AUTH_TIME_CLOCK_SKEW_SECONDS) {
    return false;
  }
  return nowSeconds - authTime <= maxAgeSeconds;
}
