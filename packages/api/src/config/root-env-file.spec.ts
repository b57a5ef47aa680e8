import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRootEnvFile } from './root-env-file';

describe('loadRootEnvFile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'api-env-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('fills unset variables from the file and leaves the real environment alone', () => {
    const path = join(directory, '.env');
    writeFileSync(path, 'API_ENV_FILE_ONLY=from-file\nAPI_ENV_BOTH=from-file\n');
    const env: NodeJS.ProcessEnv = { API_ENV_BOTH: 'from-environment' };

    expect(loadRootEnvFile(path, env)).toBe(true);
    expect(env).toEqual({ API_ENV_FILE_ONLY: 'from-file', API_ENV_BOTH: 'from-environment' });
  });

  it('does nothing when there is no file', () => {
    const env: NodeJS.ProcessEnv = {};

    expect(loadRootEnvFile(join(directory, 'missing.env'), env)).toBe(false);
    expect(env).toEqual({});
  });
});
