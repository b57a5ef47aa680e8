import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/** The monorepo's optional `.env`, at the repository root (the same depth from `src/config` and `dist/config`). */
export const ROOT_ENV_FILE = resolve(__dirname, '..', '..', '..', '..', '.env');

/**
 * Reads the repository's `.env`, when it exists, into `env`: variables already set in the real
 * environment win over the file. Returns whether a file was read.
 */
export function loadRootEnvFile(path: string = ROOT_ENV_FILE, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!existsSync(path)) {
    return false;
  }
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] === undefined && value !== undefined) {
      env[name] = value;
    }
  }
  return true;
}
