import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
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

describe('SQLite database shared by two API processes', () => {
  const directory = mkdtempSync(join(tmpdir(), 'api-db-shared-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('takes the write lock when a transaction begins: it reads and then writes with no other write between', () => {
    const path = join(directory, 'api.sqlite');
    const database = new SqliteDatabase({ path });
    const other = openDatabase(path);
    // The API waits up to BUSY_TIMEOUT_MS for a held lock; this one thread cannot let the transaction finish
    // while the other waits, so the other refuses a held lock at once.
    other.pragma('busy_timeout = 0');
    const count = database.connection.prepare('SELECT count(*) FROM messages').pluck();
    const insert = (connection: Database, text: string) =>
      connection.prepare('INSERT INTO messages (text, created_at) VALUES (?, 1)').run(text);
    let meanwhile: unknown;

    const counted = database.transaction(() => {
      const before = count.get() as number;
      try {
        insert(other, 'from the other process');
      } catch (error) {
        meanwhile = error;
      }
      insert(database.connection, `after ${before}`);
      return before;
    });

    expect(meanwhile).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(count.get()).toBe(counted + 1);
    insert(other, 'from the other process, once the transaction committed');
    expect(count.get()).toBe(counted + 2);
    other.close();
    database.onModuleDestroy();
  });
});

describe('SQLite database files', () => {
  let root: string;
  let umask: number;
  const modeOf = (path: string) => statSync(path).mode & 0o777;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'api-db-files-'));
    // The most permissive umask: the files must be private by the API's own doing.
    umask = process.umask(0);
  });

  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the directory 0700 and the database with its -wal and -shm 0600', () => {
    const path = join(root, 'data', 'api.sqlite');

    const connection = openDatabase(path);
    connection.prepare('INSERT INTO messages (text, created_at) VALUES (?, ?)').run('written', 1);

    expect(modeOf(join(root, 'data'))).toBe(0o700);
    expect([path, `${path}-wal`, `${path}-shm`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    connection.close();
  });

  it('tightens a directory, a database and its companions left readable by others, and says so', () => {
    const directory = join(root, 'data');
    const path = join(directory, 'api.sqlite');
    openDatabase(path).close();
    writeFileSync(`${path}-wal`, '');
    writeFileSync(`${path}-shm`, '');
    chmodSync(directory, 0o755);
    chmodSync(path, 0o644);
    chmodSync(`${path}-wal`, 0o666);
    chmodSync(`${path}-shm`, 0o644);
    const reports: string[] = [];

    const connection = openDatabase(path, (message) => reports.push(message));

    expect(modeOf(directory)).toBe(0o700);
    expect([path, `${path}-wal`, `${path}-shm`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    expect(reports).toEqual([
      `Tightened the permissions of ${directory} from 0755 to 0700`,
      `Tightened the permissions of ${path} from 0644 to 0600`,
      `Tightened the permissions of ${path}-wal from 0666 to 0600`,
      `Tightened the permissions of ${path}-shm from 0644 to 0600`,
    ]);
    connection.close();
  });

  it('refuses a database in a shared directory with the sticky bit, like /tmp, and leaves it as it was', () => {
    const shared = join(root, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const path = join(shared, 'api.sqlite');

    expect(() => openDatabase(path)).toThrow(
      `Cannot use the database at ${path}: ${shared} is a shared directory (sticky bit, like /tmp); use a directory of its own`,
    );
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
  });

  it('refuses a database file that is a symbolic link', () => {
    const path = join(root, 'api.sqlite');
    symlinkSync(join(root, 'elsewhere.sqlite'), path);

    expect(() => openDatabase(path)).toThrow(
      `Cannot use the database at ${path}: ${path} is a symbolic link, not a regular file`,
    );
  });
});
