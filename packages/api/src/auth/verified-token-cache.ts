import { hash } from 'node:crypto';
import type { AccessToken } from './access-token';
import type { RsaVerificationKey } from './rsa-verification-keys';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; 0 remembers none. */
  maxEntries: number;
  /** Most memory the remembered tokens may take, estimated as 512 bytes plus two per token character. */
  maxBytes: number;
}

/** A token whose signature and static claims were verified, and the key that verified it. */
export interface VerifiedToken {
  readonly accessToken: AccessToken;
  readonly key: RsaVerificationKey;
  /** The token's `exp`, in seconds since the epoch: the entry is worthless from then on. */
  readonly expiresAt: number;
}

interface Entry extends VerifiedToken {
  readonly bytes: number;
}

/** How often, at most, an insertion also drops every expired entry. */
const SWEEP_INTERVAL_SECONDS = 60;
const ENTRY_OVERHEAD_BYTES = 512;

/**
 * Access tokens verified before, so that a token seen again skips the signature check. Keyed by the
 * SHA-256 of the token, so the cache holds no token a heap dump could replay. Least recently used
 * entries go first once `maxEntries` or `maxBytes` is reached; expired entries are dropped when met
 * and, at most once a minute, all at once; {@link dropKey} drops every token of a key the issuer
 * withdrew.
 *
 * It remembers only what cannot change: that the signature is good and the static claims (iss, aud,
 * alg, typ, kid, sub, uid) acceptable. The caller judges `exp`, `nbf` and `auth_time` on every request,
 * and checks that the key is still the one the issuer publishes. Refused tokens are never stored.
 */
export class VerifiedTokenCache {
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  /** Map order is use order: the first entry is the least recently used. */
  private readonly entries = new Map<string, Entry>();
  private readonly digestsByKid = new Map<string, Set<string>>();
  private bytes = 0;
  private nextSweepAt = 0;

  constructor({ maxEntries, maxBytes }: VerifiedTokenCacheOptions) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether anything is ever remembered. */
  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /** The cache key of a token. */
  digestOf(token: string): string {
    return hash('sha256', token, 'base64');
  }

  /** The entry for `digest`, now the most recently used; `undefined` if none. */
  get(digest: string): VerifiedToken | undefined {
    const entry = this.entries.get(digest);
    if (entry !== undefined) {
      this.entries.delete(digest);
      this.entries.set(digest, entry);
    }
    return entry;
  }

  /** Remembers a verified token, making room by dropping the least recently used. */
  set(digest: string, token: VerifiedToken, tokenLength: number, nowSeconds: number): void {
    const bytes = ENTRY_OVERHEAD_BYTES + 2 * tokenLength;
    if (!this.enabled || bytes > this.maxBytes) {
      return;
    }
    if (nowSeconds >= this.nextSweepAt) {
      this.dropExpired(nowSeconds);
      this.nextSweepAt = nowSeconds + SWEEP_INTERVAL_SECONDS;
    }
    this.delete(digest);
    while (this.entries.size >= this.maxEntries || this.bytes + bytes > this.maxBytes) {
      const leastRecent = this.entries.keys().next();
      if (leastRecent.done === true) {
        break;
      }
      this.delete(leastRecent.value);
    }
    this.entries.set(digest, { ...token, bytes });
    this.bytes += bytes;
    const kid = token.key.kid;
    let digests = this.digestsByKid.get(kid);
    if (digests === undefined) {
      digests = new Set();
      this.digestsByKid.set(kid, digests);
    }
    digests.add(digest);
  }

  delete(digest: string): void {
    const entry = this.entries.get(digest);
    if (entry === undefined) {
      return;
    }
    this.entries.delete(digest);
    this.bytes -= entry.bytes;
    const digests = this.digestsByKid.get(entry.key.kid);
    digests?.delete(digest);
    if (digests?.size === 0) {
      this.digestsByKid.delete(entry.key.kid);
    }
  }

  /** Forgets every token verified with the key published under `kid`. */
  dropKey(kid: string): void {
    for (const digest of this.digestsByKid.get(kid) ?? []) {
      this.delete(digest);
    }
  }

  private dropExpired(nowSeconds: number): void {
    for (const [digest, entry] of this.entries) {
      if (entry.expiresAt <= nowSeconds) {
        this.delete(digest);
      }
    }
  }
}
