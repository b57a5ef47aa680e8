import {
  chmodSync,
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  statSync,
  type Stats,
} from 'node:fs';

/** Told when a path's permissions were looser than they should be and have been tightened. */
export type TightenedReport = (message: string) => void;

const PRIVATE_DIRECTORY_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;
/** The sticky bit (S_ISVTX), which node:fs does not name. */
const STICKY = 0o1000;

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

function refuseForeignOwner(path: string, stats: Stats): void {
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) {
    throw new Error(`${path} belongs to another user (uid ${stats.uid}); use a directory of your own`);
  }
}

function tighten(path: string, stats: Stats, mode: number, report: TightenedReport): void {
  if ((stats.mode & 0o777) !== mode) {
    chmodSync(path, mode);
    report(`Tightened the permissions of ${path} from ${octal(stats.mode)} to ${octal(mode)}`);
  }
}

/**
 * Makes `dir` a directory only its owner can use (0700): creates it (and missing parents) when absent,
 * tightens it when it exists with looser permissions. Refuses (throws) a path that is not a directory,
 * that belongs to another user, or that is a shared directory with the sticky bit such as /tmp, whose
 * permissions are not ours to change.
 */
export function ensurePrivateDirectory(dir: string, report: TightenedReport = () => undefined): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  const stats = statSync(dir);
  if (!stats.isDirectory()) {
    throw new Error(`${dir} is not a directory`);
  }
  refuseForeignOwner(dir, stats);
  if ((stats.mode & STICKY) !== 0) {
    throw new Error(`${dir} is a shared directory (sticky bit, like /tmp); use a directory of its own`);
  }
  tighten(dir, stats, PRIVATE_DIRECTORY_MODE, report);
}

/**
 * Makes `path` a regular file only its owner can read and write (0600), creating it empty when
 * `create` is set and it is absent, tightening it when it exists with looser permissions. Refuses
 * (throws) a symbolic link, anything but a regular file, and a file of another user.
 */
export function ensurePrivateFile(
  path: string,
  { create, report = () => undefined }: { create: boolean; report?: TightenedReport },
): void {
  if (create) {
    try {
      closeSync(
        openSync(
          path,
          constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW,
          PRIVATE_FILE_MODE,
        ),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
  }
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if (!create && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      return;
    }
    throw error;
  }
  if (stats.isSymbolicLink()) {
    throw new Error(`${path} is a symbolic link, not a regular file`);
  }
  if (!stats.isFile()) {
    throw new Error(`${path} is not a regular file`);
  }
  refuseForeignOwner(path, stats);
  tighten(path, stats, PRIVATE_FILE_MODE, report);
}

/** The companions SQLite keeps next to a database file (write-ahead log, shared memory, rollback journal). */
function sqliteCompanions(path: string): string[] {
  return [`${path}-wal`, `${path}-shm`, `${path}-journal`];
}

/**
 * Makes the SQLite database at `path` private (0600, created empty when absent) with those of its
 * companions that exist. Call it again once the database is open: SQLite creates the write-ahead log
 * and shared memory with the database file's mode, and this checks what it created.
 */
export function ensurePrivateSqliteFiles(path: string, report: TightenedReport = () => undefined): void {
  ensurePrivateFile(path, { create: true, report });
  sqliteCompanions(path).forEach((companion) => ensurePrivateFile(companion, { create: false, report }));
}
