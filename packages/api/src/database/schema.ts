import type { Database } from 'better-sqlite3';

/** The version of the schema below; a database written by a newer version of the API is not opened. */
export const SCHEMA_VERSION = 1;

/**
 * Every table of the API. Amounts are integer minor units; times are milliseconds since the epoch.
 * `seq` orders transactions created in the same millisecond; `id` is what clients see.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    author TEXT,
    created_at INTEGER NOT NULL
  );

  CREATE TABLE IF NOT EXISTS transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    amount_minor_units INTEGER NOT NULL CHECK (amount_minor_units > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    payee TEXT NOT NULL,
    memo TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS transactions_by_subject ON transactions (subject, created_at DESC, seq DESC);

  CREATE TABLE IF NOT EXISTS idempotency_keys (
    subject TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
    claim TEXT,
    resource_id TEXT,
    locked_until INTEGER,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (subject, key),
    CHECK ((state = 'completed') = (resource_id IS NOT NULL))
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS idempotency_keys_by_expiry ON idempotency_keys (expires_at);
`;

/**
 * Creates the tables that are missing and records the schema version, in one transaction, so that a
 * new database and an existing one come out the same. A database of a newer schema is refused.
 *
 * @throws Error when the database holds a schema newer than {@link SCHEMA_VERSION}.
 */
export function applySchema(database: Database): void {
  database
    .transaction(() => {
      database.exec(
        'CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)',
      );
      const row = database.prepare('SELECT version FROM schema_version WHERE id = 1').get() as
        { version: number } | undefined;
      if (row !== undefined && row.version > SCHEMA_VERSION) {
        throw new Error(
          `The database has schema version ${row.version}, newer than the ${SCHEMA_VERSION} this API knows`,
        );
      }
      database.exec(SCHEMA);
      database
        .prepare('INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)')
        .run(SCHEMA_VERSION);
    })
    .immediate();
}
