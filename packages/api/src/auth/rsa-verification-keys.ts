import { createPublicKey } from 'node:crypto';

/** An RSA public key from the issuer's JWKS, reduced to the members needed to verify RS256. */
export interface RsaVerificationKey {
  kty: 'RSA';
  kid: string;
  n: string;
  e: string;
  alg: 'RS256';
  use: 'sig';
}

/** RFC 7518 §3.3: RS256 keys of fewer bits are not to be trusted. */
export const MIN_RSA_MODULUS_BITS = 2048;

/**
 * Picks from a JWKS document (RFC 7517 §5) the keys that may verify an RS256 access token, by `kid`:
 * RSA keys with a non-empty `kid`, meant for signatures (`use` absent or `sig`, `key_ops` absent or
 * including `verify`), for RS256 (`alg` absent or `RS256`), importable, with a modulus of at least
 * {@link MIN_RSA_MODULUS_BITS} bits. Other keys are skipped: an RS256 check against an EC or OKP key
 * would be meaningless. When several keys share a `kid`, the first one wins.
 *
 * @throws Error when the document is not a JSON object with a `keys` array.
 */
export function selectRsaVerificationKeys(document: unknown): Map<string, RsaVerificationKey> {
  if (!isObject(document) || !Array.isArray(document['keys'])) {
    throw new Error('The JWKS document has no "keys" array');
  }
  const keys = new Map<string, RsaVerificationKey>();
  for (const candidate of document['keys'] as unknown[]) {
    const key = asRsaVerificationKey(candidate);
    if (key !== undefined && !keys.has(key.kid)) {
      keys.set(key.kid, key);
    }
  }
  return keys;
}

function asRsaVerificationKey(candidate: unknown): RsaVerificationKey | undefined {
  if (!isObject(candidate)) {
    return undefined;
  }
  const { kty, kid, n, e, use, alg } = candidate;
  const keyOps = candidate['key_ops'];
  if (
    kty !== 'RSA' ||
    typeof kid !== 'string' ||
    kid === '' ||
    typeof n !== 'string' ||
    typeof e !== 'string'
  ) {
    return undefined;
  }
  if ((use !== undefined && use !== 'sig') || (alg !== undefined && alg !== 'RS256')) {
    return undefined;
  }
  if (keyOps !== undefined && !(Array.isArray(keyOps) && keyOps.includes('verify'))) {
    return undefined;
  }
  return isStrongRsaKey(n, e) ? { kty: 'RSA', kid, n, e, alg: 'RS256', use: 'sig' } : undefined;
}

function isStrongRsaKey(n: string, e: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'RSA', n, e }, format: 'jwk' });
    return (
      key.asymmetricKeyType === 'rsa' &&
      (key.asymmetricKeyDetails?.modulusLength ?? 0) >= MIN_RSA_MODULUS_BITS
    );
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
