import { createPublicKey, type KeyObject } from 'node:crypto';

/**
 * An RSA public key from the issuer's JWKS, reduced to the members needed to verify RS256, with the
 * key imported once: checking a signature with it skips parsing the key again.
 */
export interface RsaVerificationKey {
  readonly kid: string;
  readonly n: string;
  readonly e: string;
  readonly keyObject: KeyObject;
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
  const keyObject = strongRsaKeyOf(n, e);
  return keyObject === undefined ? undefined : Object.freeze({ kid, n, e, keyObject });
}

function strongRsaKeyOf(n: string, e: string): KeyObject | undefined {
  try {
    const key = createPublicKey({ key: { kty: 'RSA', n, e }, format: 'jwk' });
    const strong =
      key.asymmetricKeyType === 'rsa' &&
      (key.asymmetricKeyDetails?.modulusLength ?? 0) >= MIN_RSA_MODULUS_BITS;
    return strong ? key : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
