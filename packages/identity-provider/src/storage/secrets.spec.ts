import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { COOKIE_KEYS_FILE, loadOrCreateCookieKeys } from './cookie-keys.js';
import { ensureDataDirectory } from './data-directory.js';
import { loadOrCreateSigningKeys, rsaThumbprint, SIGNING_KEYS_FILE } from './signing-keys.js';

describe('persisted secrets', () => {
  let dir: string;

  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'idp-secrets-')), 'data');
    ensureDataDirectory(dir);
  });

  afterEach(() => {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  it('creates the data directory readable by its owner only', () => {
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  describe('signing keys', () => {
    it('generates one RS256 key on first start and stores it with mode 0600', () => {
      const { keys, created } = loadOrCreateSigningKeys(dir);

      expect(created).toBe(true);
      expect(keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig' })]);
      expect(keys[0]?.kid).toBe(rsaThumbprint(keys[0]));
      expect(statSync(join(dir, SIGNING_KEYS_FILE)).mode & 0o777).toBe(0o600);
    });

    it('loads the same key on the next start', () => {
      const first = loadOrCreateSigningKeys(dir);
      const second = loadOrCreateSigningKeys(dir);

      expect(second.created).toBe(false);
      expect(second.keys).toEqual(first.keys);
    });

    it('tightens a key file that was made readable by others', () => {
      loadOrCreateSigningKeys(dir);
      chmodSync(join(dir, SIGNING_KEYS_FILE), 0o644);
      loadOrCreateSigningKeys(dir);

      expect(statSync(join(dir, SIGNING_KEYS_FILE)).mode & 0o777).toBe(0o600);
    });

    it.each([
      { description: 'is not JSON', content: '{nope', message: /is not valid JSON; delete it/ },
      { description: 'holds no keys', content: '{"keys":[]}', message: /does not hold RS256 private JWKs/ },
      {
        description: 'holds a public key only',
        content: '{"keys":[{"kty":"RSA","alg":"RS256","kid":"k","n":"x","e":"AQAB"}]}',
        message: /does not hold RS256 private JWKs/,
      },
    ])('refuses to start when the key file $description', ({ content, message }) => {
      writeFileSync(join(dir, SIGNING_KEYS_FILE), content);

      expect(() => loadOrCreateSigningKeys(dir)).toThrow(message);
    });
  });

  describe('cookie keys', () => {
    it('generates a key once and loads it afterwards', () => {
      const first = loadOrCreateCookieKeys(dir);

      expect(first).toEqual([expect.stringMatching(/^[A-Za-z0-9_-]{43}$/)]);
      expect(loadOrCreateCookieKeys(dir)).toEqual(first);
      expect(statSync(join(dir, COOKIE_KEYS_FILE)).mode & 0o777).toBe(0o600);
    });

    it('refuses keys that are too short to sign cookies safely', () => {
      writeFileSync(join(dir, COOKIE_KEYS_FILE), '{"keys":["short"]}');

      expect(() => loadOrCreateCookieKeys(dir)).toThrow(/does not hold cookie keys/);
    });
  });
});
