import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensurePrivateDirectory, ensurePrivateFile, ensurePrivateSqliteFiles } from './index.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('private files', () => {
  let root: string;
  let umask: number;
  let reports: string[];
  const report = (message: string) => reports.push(message);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'private-files-'));
    // The most permissive umask: whatever is created must be private by this module's own doing.
    umask = process.umask(0);
    reports = [];
  });

  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  describe('ensurePrivateDirectory', () => {
    it('creates a missing directory and its missing parents 0700', () => {
      const dir = join(root, 'data', 'nested');

      ensurePrivateDirectory(dir, report);

      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(join(root, 'data'))).toBe(0o700);
      expect(reports).toEqual([]);
    });

    it.each(['0755', '0777', '0750', '0701'])(
      'tightens an existing directory from %s to 0700 and says so',
      (octal) => {
        const dir = join(root, 'data');
        mkdirSync(dir);
        chmodSync(dir, parseInt(octal, 8));

        ensurePrivateDirectory(dir, report);

        expect(modeOf(dir)).toBe(0o700);
        expect(reports).toEqual([`Tightened the permissions of ${dir} from ${octal} to 0700`]);
      },
    );

    it('refuses a shared directory with the sticky bit, like /tmp, and leaves it as it was', () => {
      const dir = join(root, 'shared');
      mkdirSync(dir);
      chmodSync(dir, 0o1777);

      expect(() => ensurePrivateDirectory(dir)).toThrow(
        `${dir} is a shared directory (sticky bit, like /tmp); use a directory of its own`,
      );
      expect(statSync(dir).mode & 0o7777).toBe(0o1777);
    });

    it('refuses a path that is a file', () => {
      const path = join(root, 'file');
      writeFileSync(path, '');

      expect(() => ensurePrivateDirectory(path)).toThrow();
    });
  });

  describe('ensurePrivateFile', () => {
    it('creates a missing file 0600 when asked to', () => {
      const path = join(root, 'data.db');

      ensurePrivateFile(path, { create: true, report });

      expect(modeOf(path)).toBe(0o600);
      expect(reports).toEqual([]);
    });

    it('leaves a missing file missing when not asked to create it', () => {
      const path = join(root, 'data.db-wal');

      ensurePrivateFile(path, { create: false, report });

      expect(existsSync(path)).toBe(false);
    });

    it.each([{ create: true }, { create: false }])(
      'tightens an existing file left readable by others and says so (create: $create)',
      ({ create }) => {
        const path = join(root, 'data.db');
        writeFileSync(path, 'kept');
        chmodSync(path, 0o644);

        ensurePrivateFile(path, { create, report });

        expect(modeOf(path)).toBe(0o600);
        expect(statSync(path).size).toBe(4);
        expect(reports).toEqual([`Tightened the permissions of ${path} from 0644 to 0600`]);
      },
    );

    it.each([{ create: true }, { create: false }])(
      'refuses a symbolic link, even to a missing file (create: $create)',
      ({ create }) => {
        const path = join(root, 'data.db');
        symlinkSync(join(root, 'elsewhere.db'), path);

        expect(() => ensurePrivateFile(path, { create, report })).toThrow(
          `${path} is a symbolic link, not a regular file`,
        );
        expect(existsSync(join(root, 'elsewhere.db'))).toBe(false);
      },
    );

    it('refuses a directory', () => {
      const path = join(root, 'data.db');
      mkdirSync(path);

      expect(() => ensurePrivateFile(path, { create: true, report })).toThrow(
        `${path} is not a regular file`,
      );
    });
  });

  describe('ensurePrivateSqliteFiles', () => {
    it('creates the database 0600 and tightens the companions that exist', () => {
      const path = join(root, 'data.db');
      writeFileSync(`${path}-wal`, '');
      chmodSync(`${path}-wal`, 0o666);
      writeFileSync(`${path}-journal`, '');
      chmodSync(`${path}-journal`, 0o640);

      ensurePrivateSqliteFiles(path, report);

      expect([path, `${path}-wal`, `${path}-journal`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
      expect(existsSync(`${path}-shm`)).toBe(false);
      expect(reports).toEqual([
        `Tightened the permissions of ${path}-wal from 0666 to 0600`,
        `Tightened the permissions of ${path}-journal from 0640 to 0600`,
      ]);
    });

    it('refuses a -shm companion that is a symbolic link', () => {
      const path = join(root, 'data.db');
      symlinkSync(join(root, 'elsewhere'), `${path}-shm`);

      expect(() => ensurePrivateSqliteFiles(path)).toThrow(
        `${path}-shm is a symbolic link, not a regular file`,
      );
    });
  });
});
