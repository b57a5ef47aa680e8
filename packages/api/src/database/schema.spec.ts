import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, SCHEMA_VERSION } from './schema';
import { openDatabase } from './sqlite-database';

/** The tables as version 1 of the API wrote them, when rows were owned by the token's `sub`. */
const VERSION_1 = `
  CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
  INSERT INTO schema_version (id, version) VALUES (1, 1);
  CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, author TEXT, created_at INTEGER NOT NULL);
  CREATE TABLE transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, subject TEXT NOT NULL,
    amount_minor_units INTEGER NOT NULL CHECK (amount_minor_units > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3), payee TEXT NOT NULL, memo TEXT, created_at INTEGER NOT NULL
  );
  CREATE INDEX transactions_by_subject ON transactions (subject, created_at DESC, seq DESC);
  CREATE TABLE idempotency_keys (
    subject TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')), claim TEXT, resource_id TEXT,
    locked_until INTEGER, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    PRIMARY KEY (subject, key), CHECK ((state = 'completed') = (resource_id IS NOT NULL))
  ) WITHOUT ROWID;
  INSERT INTO messages (id, text, author, created_at) VALUES (1, 'I am a robot', NULL, 0), (5, 'Hi', 'alice@example.com', 1);
  INSERT INTO transactions (id, subject, amount_minor_units, currency, payee, memo, created_at)
    VALUES ('t-1', 'alice@example.com', 2500, 'USD', 'Acme', NULL, 1);
  INSERT INTO idempotency_keys (subject, key, fingerprint, state, resource_id, created_at, expires_at)
    VALUES ('alice@example.com', 'k-1', 'f', 'completed', 't-1', 1, 2);
`;

describe('Database schema', () => {
  const directory = mkdtempSync(join(tmpdir(), 'api-schema-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('moves the rows of a version 1 database to owners named by their subject, keeping every row', () => {
    const path = join(directory, 'version-1.sqlite');
    const old = new BetterSqlite3(path);
    old.exec(VERSION_1);
    old.close();

    const connection = openDatabase(path);

    expect(connection.prepare('SELECT version FROM schema_version').pluck().get()).toBe(SCHEMA_VERSION);
    expect(connection.prepare('SELECT id, owner FROM transactions').all()).toEqual([
      { id: 't-1', owner: 'sub:alice@example.com' },
    ]);
    expect(connection.prepare('SELECT owner, key, resource_id FROM idempotency_keys').all()).toEqual([
      { owner: 'sub:alice@example.com', key: 'k-1', resource_id: 't-1' },
    ]);
    expect(connection.prepare('SELECT id, author FROM messages ORDER BY id').all()).toEqual([
      { id: 1, author: null },
      { id: 5, author: 'sub:alice@example.com' },
    ]);
    expect(
      connection
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions' AND sql IS NOT NULL",
        )
        .pluck()
        .all(),
    ).toEqual(['transactions_by_owner']);
    connection.close();
  });

  it('opens a migrated database again without migrating twice', () => {
    const path = join(directory, 'twice.sqlite');
    const old = new BetterSqlite3(path);
    old.exec(VERSION_1);
    old.close();
    openDatabase(path).close();

    const connection = openDatabase(path);

    expect(connection.prepare('SELECT owner FROM transactions').pluck().all()).toEqual([
      'sub:alice@example.com',
    ]);
    connection.close();
  });

  it('refuses a database older than every migration it knows, and leaves it as it was', () => {
    const connection = new BetterSqlite3(':memory:');
    connection.exec(
      'CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL); ' +
        'INSERT INTO schema_version (id, version) VALUES (1, 0);',
    );

    expect(() => applySchema(connection)).toThrow(
      new Error('This API knows no migration of the database from schema version 0 to 1'),
    );
    expect(connection.prepare('SELECT version FROM schema_version').pluck().get()).toBe(0);
    expect(connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual([
      'schema_version',
    ]);
    connection.close();
  });
});
