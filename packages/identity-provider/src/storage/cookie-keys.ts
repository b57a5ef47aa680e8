import { randomBytes } from 'node:crypto';

import type { TightenedReport } from 'private-files';

import { readSecretFile, writeSecretFile } from './data-directory.js';

export const COOKIE_KEYS_FILE = 'cookie-keys.json';

/**
 * Keys that sign the provider's cookies (session, interaction), persisted so a restart keeps users signed in.
 * The first key signs; all of them verify (room for rotation). A looser file is tightened and told to `report`.
 *
 * @throws Error when the file exists but does not hold a list of keys of at least 32 characters, or is a symbolic
 *   link or another user's.
 */
export function loadOrCreateCookieKeys(dataDir: string, report?: TightenedReport): string[] {
  const stored = readSecretFile(dataDir, COOKIE_KEYS_FILE, report);
  if (stored === undefined) {
    const keys = [randomBytes(32).toString('base64url')];
    writeSecretFile(dataDir, COOKIE_KEYS_FILE, { keys });
    return keys;
  }
  const keys = (stored as { keys?: unknown }).keys;
  if (
    !Array.isArray(keys) ||
    keys.length === 0 ||
    !keys.every((key) => typeof key === 'string' && key.length >= 32)
  ) {
    throw new Error(
      `${COOKIE_KEYS_FILE} in ${dataDir} does not hold cookie keys; delete it to generate new ones`,
    );
  }
  return keys as string[];
}
