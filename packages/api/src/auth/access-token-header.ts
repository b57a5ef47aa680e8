import { InvalidTokenError } from 'step-up';
import type { JsonObject } from './compact-jws';

/** The one signing algorithm accepted: what Okta and the embedded provider sign access tokens with. */
export const ACCEPTED_ALGORITHM = 'RS256';

/**
 * Media types accepted in `typ`, compared case-insensitively without the `application/` prefix
 * (RFC 7515 §4.1.9): `at+jwt` (RFC 9068 §2.1) and the generic `JWT`. Okta's access tokens carry no
 * `typ`, so its absence is accepted too.
 */
export const ACCEPTED_TYPES: readonly string[] = ['at+jwt', 'jwt'];

export interface AcceptedHeader {
  alg: typeof ACCEPTED_ALGORITHM;
  kid: string;
}

/**
 * Checks the protected header before any key is looked up:
 * - no `crit`: this server understands no JWS extension, so a token that lists any is refused
 *   (RFC 7515 §4.1.11), whatever the list holds;
 * - `alg` exactly `RS256` (refuses `none`, HMAC with a public key as secret, and every other algorithm);
 * - a non-empty string `kid`, naming the key to verify with among the issuer's keys;
 * - `typ`, when present, one of {@link ACCEPTED_TYPES} (refuses ID tokens typed as such, logout
 *   tokens, DPoP proofs and other JWTs that are not access tokens).
 *
 * @throws InvalidTokenError describing the first violation.
 */
export function assertAcceptableHeader(header: JsonObject): AcceptedHeader {
  if (Object.hasOwn(header, 'crit')) {
    throw new InvalidTokenError(
      'The access token header lists critical extensions (crit) this server does not support',
    );
  }
  const { alg, kid, typ } = header;
  if (alg !== ACCEPTED_ALGORITHM) {
    throw new InvalidTokenError(`The access token must be signed with ${ACCEPTED_ALGORITHM}`);
  }
  if (typeof kid !== 'string' || kid === '') {
    throw new InvalidTokenError('The access token header does not name its signing key (kid)');
  }
  if (typ !== undefined && !isAcceptedType(typ)) {
    throw new InvalidTokenError('The access token header declares a type (typ) other than at+jwt or JWT');
  }
  return { alg, kid };
}

function isAcceptedType(typ: unknown): boolean {
  if (typeof typ !== 'string') {
    return false;
  }
  const mediaType = typ.toLowerCase();
  const subtype = mediaType.startsWith('application/') ? mediaType.slice('application/'.length) : mediaType;
  return ACCEPTED_TYPES.includes(subtype);
}
