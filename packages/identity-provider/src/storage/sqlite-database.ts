import Database from 'better-sqlite3';
import { ensurePrivateSqliteFiles, type TightenedReport } from 'private-files';

export type SqliteDatabase = Database.Database;

const IN_MEMORY = ':memory:';

/**
 * Opens (creating if needed) a SQLite database file with the settings every store here relies on:
 * write-ahead logging (readers never block the writer), foreign keys, and a busy timeout instead of
 * immediate "database is locked" errors.
 *
 * The file and its `-wal`/`-shm` companions are readable by the owner only (0600): created so (SQLite
 * gives the companions the database file's mode) and tightened when they exist with looser permissions.
 *
 * @throws Error when a file is a symbolic link, not a regular file or another user's.
 */
export function openSqliteDatabase(path: string, report?: TightenedReport): SqliteDatabase {
  const onDisk = path !== IN_MEMORY;
  if (onDisk) {
    ensurePrivateSqliteFiles(path, report);
  }
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (onDisk) {
      ensurePrivateSqliteFiles(path, report);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
