import { chmodSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { silentLogger } from '../logging/logger.js';
import { startTestProvider } from '../testing/test-provider.js';
import { COOKIE_KEYS_FILE } from './cookie-keys.js';
import { SIGNING_KEYS_FILE } from './signing-keys.js';
import { openSqliteDatabase } from './sqlite-database.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('private data files', () => {
  let root: string;
  let umask: number;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'idp-files-'));
    // The most permissive umask: whatever the provider creates must be private by its own doing.
    umask = process.umask(0);
  });

  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('creates a database with its -wal and -shm companions 0600', () => {
    const path = join(root, 'oidc.db');

    const db = openSqliteDatabase(path);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');

    expect([path, `${path}-wal`, `${path}-shm`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    db.close();
  });

  it('tightens a database and companions that exist with looser permissions', () => {
    const path = join(root, 'oidc.db');
    openSqliteDatabase(path).close();
    writeFileSync(`${path}-wal`, '');
    writeFileSync(`${path}-shm`, '');
    chmodSync(path, 0o644);
    chmodSync(`${path}-wal`, 0o666);
    chmodSync(`${path}-shm`, 0o664);
    const reports: string[] = [];

    const db = openSqliteDatabase(path, (message) => reports.push(message));

    expect([path, `${path}-wal`, `${path}-shm`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    expect(reports).toEqual([
      `Tightened the permissions of ${path} from 0644 to 0600`,
      `Tightened the permissions of ${path}-wal from 0666 to 0600`,
      `Tightened the permissions of ${path}-shm from 0664 to 0600`,
    ]);
    db.close();
  });

  it('refuses a database file that is a symbolic link', () => {
    const target = join(root, 'elsewhere.db');
    writeFileSync(target, '');
    const path = join(root, 'oidc.db');
    symlinkSync(target, path);

    expect(() => openSqliteDatabase(path)).toThrow(`${path} is a symbolic link, not a regular file`);
  });

  it('refuses a -wal companion that is a symbolic link', () => {
    const path = join(root, 'oidc.db');
    symlinkSync(join(root, 'elsewhere'), `${path}-wal`);

    expect(() => openSqliteDatabase(path)).toThrow(`${path}-wal is a symbolic link`);
  });

  it('starts the provider on a data directory left world-readable and makes every file private', async () => {
    const dataDir = join(root, 'data');
    const first = await startTestProvider(dataDir);
    await first.close();
    chmodSync(dataDir, 0o755);
    for (const name of ['oidc.db', 'accounts.db', SIGNING_KEYS_FILE]) {
      chmodSync(join(dataDir, name), 0o644);
    }
    chmodSync(join(dataDir, COOKIE_KEYS_FILE), 0o640);
    const warnings: string[] = [];

    const second = await startTestProvider(dataDir, {
      ...silentLogger,
      warn: (message) => warnings.push(message),
    });
    const names = [
      SIGNING_KEYS_FILE,
      COOKIE_KEYS_FILE,
      'oidc.db',
      'oidc.db-wal',
      'oidc.db-shm',
      'accounts.db',
      'accounts.db-wal',
      'accounts.db-shm',
    ];
    const modes = names.map((name) => [name, modeOf(join(dataDir, name))]);
    await second.close();

    expect(modeOf(dataDir)).toBe(0o700);
    expect(modes).toEqual(names.map((name) => [name, 0o600]));
    expect(warnings).toEqual(
      expect.arrayContaining([
        `Tightened the permissions of ${dataDir} from 0755 to 0700`,
        `Tightened the permissions of ${join(dataDir, SIGNING_KEYS_FILE)} from 0644 to 0600`,
        `Tightened the permissions of ${join(dataDir, COOKIE_KEYS_FILE)} from 0640 to 0600`,
      ]),
    );
  }, 30_000);

  it.each([SIGNING_KEYS_FILE, COOKIE_KEYS_FILE])(
    'refuses to start when %s is a symbolic link',
    async (name) => {
      const dataDir = join(root, 'data');
      await (await startTestProvider(dataDir)).close();
      const elsewhere = join(root, name);
      renameSync(join(dataDir, name), elsewhere);
      symlinkSync(elsewhere, join(dataDir, name));

      await expect(startTestProvider(dataDir)).rejects.toThrow(
        `${join(dataDir, name)} is a symbolic link, not a regular file`,
      );
    },
    30_000,
  );
});
