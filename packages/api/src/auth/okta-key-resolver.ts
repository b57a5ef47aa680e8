import type OktaJwtVerifier from '@okta/jwt-verifier';
import type { KeyObject } from 'node:crypto';

type KeyCallback = (error: Error | null, key?: KeyObject) => void;

/**
 * The part of njwt's `Verifier` that @okta/jwt-verifier keeps in its `verifier` property and calls
 * for every token: njwt documents `withKeyResolver(resolver)`, and hands the key the resolver gives to
 * `crypto.createVerify(...).verify(key, ...)`, which takes a prepared KeyObject as well as a PEM string.
 */
interface NjwtVerifier {
  withKeyResolver(resolver: (kid: string | undefined, callback: KeyCallback) => void): unknown;
}

/**
 * Makes `verifier` check signatures with the prepared keys `keyFor` returns, instead of the PEM string
 * its JWKS client exports and Node parses again on every call (most of the library's time per token).
 * The library keeps doing everything else: the RS256 signature check, `exp`, `nbf`, `iss`, `aud`. It
 * also never downloads keys itself any more: a `kid` `keyFor` does not know fails the check.
 *
 * @throws Error when `verifier` has no njwt verifier to configure (a changed @okta/jwt-verifier), so
 *   that start-up fails instead of verification silently taking another path.
 */
export function resolveKeysThrough(
  verifier: OktaJwtVerifier,
  keyFor: (kid: string) => KeyObject | undefined,
): void {
  const njwtVerifier = (verifier as unknown as { verifier?: Partial<NjwtVerifier> }).verifier;
  if (typeof njwtVerifier?.withKeyResolver !== 'function') {
    throw new Error('@okta/jwt-verifier no longer exposes the njwt verifier it checks signatures with');
  }
  njwtVerifier.withKeyResolver((kid, callback) => {
    const key = kid === undefined ? undefined : keyFor(kid);
    if (key === undefined) {
      callback(new Error('No verification key is published under the token kid'));
    } else {
      callback(null, key);
    }
  });
}
