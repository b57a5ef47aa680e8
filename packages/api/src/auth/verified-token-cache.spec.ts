import { createHash, generateKeyPairSync } from 'node:crypto';
import type { RsaVerificationKey } from './rsa-verification-keys';
import { VerifiedTokenCache, type VerifiedToken } from './verified-token-cache';

const NOW = 1_893_456_000;
const keyObject = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
const key = (kid: string): RsaVerificationKey => ({ kid, n: 'n', e: 'AQAB', keyObject });
const KEY_1 = key('key-1');
const KEY_2 = key('key-2');

const verified = (sub: string, signedWith = KEY_1, exp = NOW + 3600): VerifiedToken => ({
  accessToken: { claims: { iss: 'i', aud: 'a', sub, exp }, owner: `sub:${sub}` },
  key: signedWith,
  expiresAt: exp,
});

/** A cache holding `subs` (inserted in this order), each under the digest of its name, 100 characters long. */
function cacheWith(subs: string[], options = { maxEntries: 3, maxBytes: 1024 * 1024 }) {
  const cache = new VerifiedTokenCache(options);
  for (const sub of subs) {
    cache.set(cache.digestOf(sub), verified(sub), 100, NOW);
  }
  return cache;
}
const held = (cache: VerifiedTokenCache, subs: string[]) =>
  subs.filter((sub) => cache.get(cache.digestOf(sub)) !== undefined);

describe('VerifiedTokenCache', () => {
  it('keys tokens by their SHA-256, never by the token itself', () => {
    const cache = new VerifiedTokenCache({ maxEntries: 3, maxBytes: 1024 });

    const token = 'header.payload.signature';

    expect(cache.digestOf(token)).toBe(createHash('sha256').update(token).digest('base64'));
    expect(cache.digestOf(token)).not.toContain(token);
  });

  it('drops the least recently used token to make room for a new one', () => {
    const cache = cacheWith(['alice', 'bob', 'carol']);
    cache.get(cache.digestOf('alice'));

    cache.set(cache.digestOf('dave'), verified('dave'), 100, NOW);

    expect(held(cache, ['alice', 'bob', 'carol', 'dave'])).toEqual(['alice', 'carol', 'dave']);
  });

  it('keeps the estimated memory under its bound', () => {
    const cache = cacheWith(['alice', 'bob', 'carol'], { maxEntries: 100, maxBytes: 2 * (512 + 200) });

    expect(held(cache, ['alice', 'bob', 'carol'])).toEqual(['bob', 'carol']);
  });

  it('does not store a token larger than the whole cache', () => {
    const cache = cacheWith(['alice'], { maxEntries: 100, maxBytes: 700 });

    expect(cache.size).toBe(0);
  });

  it('stores nothing when turned off', () => {
    const cache = cacheWith(['alice'], { maxEntries: 0, maxBytes: 1024 * 1024 });

    expect([cache.enabled, cache.size]).toEqual([false, 0]);
  });

  it('drops every token of a withdrawn key and only those', () => {
    const cache = new VerifiedTokenCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
    cache.set(cache.digestOf('alice'), verified('alice', KEY_1), 100, NOW);
    cache.set(cache.digestOf('bob'), verified('bob', KEY_2), 100, NOW);
    cache.set(cache.digestOf('carol'), verified('carol', KEY_1), 100, NOW);

    cache.dropKey('key-1');

    expect(held(cache, ['alice', 'bob', 'carol'])).toEqual(['bob']);
  });

  it('drops expired tokens all at once, at most once a minute, when storing another', () => {
    const cache = new VerifiedTokenCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
    cache.set(cache.digestOf('alice'), verified('alice', KEY_1, NOW + 30), 100, NOW);
    cache.set(cache.digestOf('bob'), verified('bob', KEY_1, NOW + 90), 100, NOW + 10);
    cache.set(cache.digestOf('carol'), verified('carol'), 100, NOW + 59);
    expect(cache.size).toBe(3);

    cache.set(cache.digestOf('dave'), verified('dave'), 100, NOW + 60);

    expect(held(cache, ['alice', 'bob', 'carol', 'dave'])).toEqual(['bob', 'carol', 'dave']);
  });

  it('replaces the entry of a token stored again, counting it once', () => {
    const cache = cacheWith(['alice', 'alice', 'alice']);

    expect(cache.size).toBe(1);
  });
});
