import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { dirname } from 'node:path';
import { ensurePrivateDirectory, ensurePrivateSqliteFiles, type TightenedReport } from 'private-files';
import { databaseConfig, type DatabaseConfig } from '../config/api-config.module';
import { IN_MEMORY_DATABASE } from '../config/database-path';
import { applySchema } from './schema';

/** How long a statement waits for another process's lock on the file before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * The API's SQLite database (better-sqlite3, synchronous): opened when the application starts, with
 * write-ahead logging, foreign keys enforced and the schema in place; closed when it stops.
 * Its `connection` runs statements; writes that belong together go through `transaction()`.
 */
@Injectable()
export class SqliteDatabase implements OnModuleDestroy {
  private readonly logger = new Logger(SqliteDatabase.name);
  readonly connection: Database;

  constructor(@Inject(databaseConfig.KEY) config: DatabaseConfig) {
    this.connection = openDatabase(config.path, (message) => this.logger.warn(message));
    this.logger.log(`Using the database at ${config.path}`);
  }

  /**
   * Runs `work` in a database transaction, all of it or none, that takes the write lock at once
   * (`BEGIN IMMEDIATE`): another process sharing the file waits for it (up to {@link BUSY_TIMEOUT_MS})
   * rather than writing between this transaction's reads and its writes. A deferred transaction would
   * take the lock at its first write, and fail there with "database is locked", without waiting, when
   * another process had written since its first read.
   */
  transaction<T>(work: () => T): T {
    return this.connection.transaction(work).immediate();
  }

  onModuleDestroy(): void {
    if (this.connection.open) {
      this.connection.close();
    }
  }
}

/**
 * Opens (creating it and its directory when missing) the database at `path`, or a private in-memory
 * one for `:memory:`, and prepares it for use.
 *
 * The directory is the owner's only (0700) and the file with its `-wal`/`-shm` companions readable by
 * the owner only (0600): created so, and tightened (told to `report`) when they exist with looser
 * permissions. A shared directory such as /tmp, another user's files or a symbolic link are refused.
 *
 * @throws Error naming the path when the file cannot be opened or made private, or holds a newer schema.
 */
export function openDatabase(path: string, report?: TightenedReport): Database {
  let connection: Database | undefined;
  try {
    const onDisk = path !== IN_MEMORY_DATABASE;
    if (onDisk) {
      ensurePrivateDirectory(dirname(path), report);
      ensurePrivateSqliteFiles(path, report);
    }
    connection = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('foreign_keys = ON');
    applySchema(connection);
    if (onDisk) {
      ensurePrivateSqliteFiles(path, report);
    }
    return connection;
  } catch (error) {
    connection?.close();
    throw new Error(
      `Cannot use the database at ${path}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}
