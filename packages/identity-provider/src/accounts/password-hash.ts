import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost parameters (RFC 7914): N = 2^15, r = 8, p = 1 (OWASP's minimum for scrypt), 32-byte output. */
export const SCRYPT_PARAMETERS = { N: 32768, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (error, derived) =>
      error ? reject(error) : resolve(derived),
    );
  });
}

function memoryFor(N: number, r: number): number {
  return 128 * N * r * 2;
}

/**
 * Hashes a password with scrypt and a random 16-byte salt into a self-describing string:
 * `scrypt$N$r$p$salt$hash` (salt and hash base64url), so the cost can be raised later without a migration.
 */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLength, saltLength } = SCRYPT_PARAMETERS;
  const salt = randomBytes(saltLength);
  const hash = await scrypt(password, salt, keyLength, { N, r, p, maxmem: memoryFor(N, r) });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/**
 * Whether `password` matches a hash from {@link hashPassword}, compared in constant time.
 * A malformed or unsupported hash never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) {
    return false;
  }
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const salt = Buffer.from(match[4], 'base64url');
  const expected = Buffer.from(match[5], 'base64url');
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > 1_048_576 || r < 1 || r > 32 || p < 1 || p > 16 || expected.length < 16) {
    return false;
  }
  const actual = await scrypt(password, salt, expected.length, { N, r, p, maxmem: memoryFor(N, r) });
  return timingSafeEqual(actual, expected);
}
