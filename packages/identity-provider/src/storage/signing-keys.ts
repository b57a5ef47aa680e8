import { createHash, generateKeyPairSync } from 'node:crypto';

import type { TightenedReport } from 'private-files';

import { readSecretFile, writeSecretFile } from './data-directory.js';

/** A private RSA signing key in JWK form, as oidc-provider's `jwks` configuration takes it. */
export interface RsaSigningJwk {
  kty: 'RSA';
  kid: string;
  alg: 'RS256';
  use: 'sig';
  n: string;
  e: string;
  d: string;
  p: string;
  q: string;
  dp: string;
  dq: string;
  qi: string;
}

export const SIGNING_KEYS_FILE = 'signing-keys.json';

const PRIVATE_MEMBERS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of an RSA key: a stable, content-derived `kid`. */
export function rsaThumbprint(jwk: { e: string; n: string }): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

function generateSigningKey(): RsaSigningJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const members = Object.fromEntries(PRIVATE_MEMBERS.map((name) => [name, String(jwk[name])])) as Pick<
    RsaSigningJwk,
    (typeof PRIVATE_MEMBERS)[number]
  >;
  return { kty: 'RSA', kid: rsaThumbprint(members), alg: 'RS256', use: 'sig', ...members };
}

function isSigningKey(value: unknown): value is RsaSigningJwk {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const key = value as Record<string, unknown>;
  return (
    key['kty'] === 'RSA' &&
    key['alg'] === 'RS256' &&
    typeof key['kid'] === 'string' &&
    PRIVATE_MEMBERS.every((name) => typeof key[name] === 'string' && key[name] !== '')
  );
}

/**
 * The provider's RS256 signing keys: loaded from `signing-keys.json` in the data directory, or generated and
 * saved (mode 0600) on first start, so a restart keeps every issued token verifiable. A looser file is tightened
 * and told to `report`.
 *
 * @throws Error when the file exists but does not hold RSA private keys, or is a symbolic link or another user's.
 */
export function loadOrCreateSigningKeys(
  dataDir: string,
  report?: TightenedReport,
): { keys: RsaSigningJwk[]; created: boolean } {
  const stored = readSecretFile(dataDir, SIGNING_KEYS_FILE, report);
  if (stored === undefined) {
    const keys = [generateSigningKey()];
    writeSecretFile(dataDir, SIGNING_KEYS_FILE, { keys });
    return { keys, created: true };
  }
  const keys = (stored as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every(isSigningKey)) {
    throw new Error(
      `${SIGNING_KEYS_FILE} in ${dataDir} does not hold RS256 private JWKs; delete it to generate a new key`,
    );
  }
  return { keys, created: false };
}
