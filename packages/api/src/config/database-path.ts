import { isAbsolute, resolve } from 'node:path';

/** The SQLite name of a private database that lives in memory and vanishes with the process. */
export const IN_MEMORY_DATABASE = ':memory:';

/** `packages/api/data/api.sqlite`, found from this file (the same depth in `src/config` and `dist/config`). */
export const DEFAULT_DATABASE_PATH = resolve(__dirname, '..', '..', 'data', 'api.sqlite');

/**
 * Where the database lives: `:memory:` as is, a relative path against the current directory, an
 * absolute path as is.
 */
export function resolveDatabasePath(value: string, cwd: string = process.cwd()): string {
  if (value === IN_MEMORY_DATABASE || isAbsolute(value)) {
    return value;
  }
  return resolve(cwd, value);
}
