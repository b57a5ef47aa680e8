import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION } from './schema';
import { openDatabase, SqliteDatabase } from './sqlite-database';

describe('SQLite database', () => {
  const directory = mkdtempSync(join(tmpdir(), 'api-db-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('creates the file, its directory and the schema, in write-ahead logging with foreign keys on', () => {
    const connection = openDatabase(join(directory, 'new', 'nested', 'api.sqlite'));

    expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connection.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(connection.prepare('SELECT version FROM schema_version').all()).toEqual([
      { version: SCHEMA_VERSION },
    ]);
    expect(
      connection
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .pluck()
        .all(),
    ).toEqual(['idempotency_keys', 'messages', 'schema_version', 'transactions']);
    connection.close();
  });

  it('opens an existing database again without touching its rows', () => {
    const path = join(directory, 'again.sqlite');
    const first = openDatabase(path);
    first.prepare('INSERT INTO messages (text, created_at) VALUES (?, ?)').run('kept', 1);
    first.close();

    const second = openDatabase(path);

    expect(second.prepare('SELECT text FROM messages').pluck().all()).toEqual(['kept']);
    expect(second.prepare('SELECT count(*) FROM schema_version').pluck().get()).toBe(1);
    second.close();
  });

  it('refuses a database written by a newer version of the API', () => {
    const path = join(directory, 'newer.sqlite');
    const connection = openDatabase(path);
    connection.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
    connection.close();

    expect(() => openDatabase(path)).toThrow(
      `Cannot use the database at ${path}: The database has schema version ${SCHEMA_VERSION + 1}, newer than the ${SCHEMA_VERSION} this API knows`,
    );
  });

  it('names the path when the database cannot be opened', () => {
    expect(() => openDatabase(directory)).toThrow(`Cannot use the database at ${directory}: `);
  });

  it('keeps :memory: in memory and closes the connection when the application stops', () => {
    const database = new SqliteDatabase({ path: ':memory:' });

    expect(database.connection.memory).toBe(true);
    database.onModuleDestroy();
    expect(database.connection.open).toBe(false);
    expect(() => database.onModuleDestroy()).not.toThrow();
  });

  it('rolls back every write of a transaction that fails', () => {
    const database = new SqliteDatabase({ path: ':memory:' });
    const insert = database.connection.prepare('INSERT INTO messages (text, created_at) VALUES (?, 1)');

    expect(() =>
      database.transaction(() => {
        insert.run('first');
        throw new Error('second write failed');
      }),
    ).toThrow('second write failed');
    expect(database.connection.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    database.onModuleDestroy();
  });
});
