import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDirectory, ensurePrivateFile, type TightenedReport } from 'private-files';

/**
 * Makes the data directory owner-only (0700): created so, or tightened when it exists with looser
 * permissions. Refuses (throws) another user's directory or a shared one such as /tmp.
 */
export function ensureDataDirectory(dir: string, report?: TightenedReport): void {
  ensurePrivateDirectory(dir, report);
}

/**
 * Reads a JSON secret file written by {@link writeSecretFile}, tightening its mode to 0600 (told to `report`) if
 * someone loosened it. Returns `undefined` when the file does not exist.
 *
 * @throws Error naming the file when it is a symbolic link, not a regular file, another user's, or not valid JSON
 *   (never silently replaced: that would invalidate every token or cookie signed with the old secret).
 */
export function readSecretFile(dir: string, name: string, report?: TightenedReport): unknown {
  const path = join(dir, name);
  ensurePrivateFile(path, { create: false, report });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new Error(`${path} is not valid JSON; delete it to generate a new one`, { cause });
  }
}

/** Writes a JSON secret file readable by the owner only (0600), atomically (temporary file, then rename). */
export function writeSecretFile(dir: string, name: string, value: unknown): void {
  const path = join(dir, name);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600, flag: 'w' });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
