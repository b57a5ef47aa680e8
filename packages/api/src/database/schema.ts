import type { Database } from 'better-sqlite3';

/** The version of the schema below; a database written by a newer version of the API is not opened. */
export const SCHEMA_VERSION = 2;

/**
 * Every table of the API. Amounts are integer minor units; times are milliseconds since the epoch.
 * `seq` orders transactions created in the same millisecond; `id` is what clients see. `owner` (and a
 * message's `author`) is who the row belongs to, as resourceOwnerOf names it: `uid:…` or `sub:…`.
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
    owner TEXT NOT NULL,
    amount_minor_units INTEGER NOT NULL CHECK (amount_minor_units > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    payee TEXT NOT NULL,
    memo TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS transactions_by_owner ON transactions (owner, created_at DESC, seq DESC);

  CREATE TABLE IF NOT EXISTS idempotency_keys (
    owner TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
    claim TEXT,
    resource_id TEXT,
    locked_until INTEGER,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (owner, key),
    CHECK ((state = 'completed') = (resource_id IS NOT NULL))
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS idempotency_keys_by_expiry ON idempotency_keys (expires_at);
`;

/**
 * What turns a database of the version before each key into that version, run before {@link SCHEMA}.
 *
 * 2: rows were owned by the access token's `sub`, the login, which is an email address that can
 * change hands; they are now owned by the user id (`uid:…`), or the subject (`sub:…`) for issuers
 * without one. A row written under version 1 names only a login, which says nothing about which
 * account holds that login now, so it stays with `sub:<login>`: shown to tokens without `uid` for that
 * subject only, never handed to whichever user id signs in with the address.
 */
const MIGRATIONS: ReadonlyMap<number, string> = new Map([
  [
    2,
    `ALTER TABLE transactions RENAME COLUMN subject TO owner;
     UPDATE transactions SET owner = 'sub:' || owner;
     DROP INDEX IF EXISTS transactions_by_subject;
     ALTER TABLE idempotency_keys RENAME COLUMN subject TO owner;
     UPDATE idempotency_keys SET owner = 'sub:' || owner;
     UPDATE messages SET author = 'sub:' || author WHERE author IS NOT NULL;`,
  ],
]);

/**
 * Brings an older database up to date ({@link MIGRATIONS}), creates the tables that are missing and
 * records the schema version, in one transaction, so that a new database and an existing one come out
 * the same. A database of a newer schema is refused.
 *
 * @throws Error when the database holds a schema newer than {@link SCHEMA_VERSION}, or one older than
 *   the oldest {@link MIGRATIONS} can bring up to date; the database is then left as it was.
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
      for (let version = (row?.version ?? SCHEMA_VERSION) + 1; version <= SCHEMA_VERSION; version++) {
        const migration = MIGRATIONS.get(version);
        if (migration === undefined) {
          throw new Error(
            `This API knows no migration of the database from schema version ${version - 1} to ${version}`,
          );
        }
        database.exec(migration);
      }
      database.exec(SCHEMA);
      database
        .prepare('INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)')
        .run(SCHEMA_VERSION);
    })
    .immediate();
}
