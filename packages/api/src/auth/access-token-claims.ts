import { InvalidTokenError } from 'step-up';
import type { JsonObject } from './compact-jws';

/** What the claims of every accepted access token must name. */
export interface ExpectedClaims {
  issuer: string;
  audience: string;
}

const NUMERIC_DATE_CLAIMS = ['exp', 'iat', 'nbf'] as const;

/**
 * Checks the claims of an access token (RFC 9068 §4, RFC 7519 §4.1):
 * - `exp` present; `exp`, `iat` and `nbf` (when present) NumericDates, i.e. finite JSON numbers;
 * - not expired (`now < exp`) and already valid (`nbf <= now`), no leeway;
 * - `iss` exactly the configured issuer;
 * - `aud` the configured audience, or an array of strings that contains it;
 * - `sub` a non-empty string; `uid` (Okta's user id, which owns the user's data), when present, too.
 *
 * Running these before the signature check is safe, since they can only refuse; the signature
 * check that follows vouches for the claims that pass.
 *
 * @throws InvalidTokenError describing the first violation; descriptions never echo claim values.
 */
export function assertAcceptableClaims(
  claims: JsonObject,
  expected: ExpectedClaims,
  nowSeconds: number,
): void {
  if (claims['exp'] === undefined) {
    throw new InvalidTokenError('The access token has no expiry time (exp)');
  }
  for (const name of NUMERIC_DATE_CLAIMS) {
    const value = claims[name];
    if (value !== undefined && !isNumericDate(value)) {
      throw new InvalidTokenError(`The access token claim ${name} is not a number of seconds`);
    }
  }
  assertWithinLifetime(claims as unknown as Lifetime, nowSeconds);
  if (claims['iss'] !== expected.issuer) {
    throw new InvalidTokenError('The access token was issued by another issuer');
  }
  if (!namesAudience(claims['aud'], expected.audience)) {
    throw new InvalidTokenError('The access token is intended for another audience');
  }
  const sub = claims['sub'];
  if (typeof sub !== 'string' || sub === '') {
    throw new InvalidTokenError('The access token has no subject (sub)');
  }
  const uid = claims['uid'];
  if (uid !== undefined && (typeof uid !== 'string' || uid === '')) {
    throw new InvalidTokenError('The access token claim uid is not a user id');
  }
}

/** The claims that bound when a token may be used, as checked NumericDates. */
export interface Lifetime {
  exp: number;
  nbf?: number;
}

/**
 * Refuses a token outside its lifetime: expired (`now >= exp`) or not valid yet (`now < nbf`), no
 * leeway. Runs on every request, for remembered tokens too: time is never cached.
 *
 * @throws InvalidTokenError when `nowSeconds` is outside the lifetime.
 */
export function assertWithinLifetime({ exp, nbf }: Lifetime, nowSeconds: number): void {
  if (nowSeconds >= exp) {
    throw new InvalidTokenError('The access token has expired');
  }
  if (nbf !== undefined && nowSeconds < nbf) {
    throw new InvalidTokenError('The access token is not valid yet (nbf)');
  }
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function namesAudience(aud: unknown, audience: string): boolean {
  if (typeof aud === 'string') {
    return aud === audience;
  }
  return Array.isArray(aud) && aud.every((entry) => typeof entry === 'string') && aud.includes(audience);
}
