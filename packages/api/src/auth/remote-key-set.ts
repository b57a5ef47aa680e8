import { systemClock, type Clock } from 'step-up';
import { RefetchBudget } from './refetch-budget';
import { selectRsaVerificationKeys, type RsaVerificationKey } from './rsa-verification-keys';

export interface SigningKeysUnavailableOptions extends ErrorOptions {
  /** When a new download may be tried, in milliseconds since the epoch. */
  retryAt: number;
}

/** The issuer's signing keys could not be loaded (unreachable, slow, or answering garbage). */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';
  readonly code = 'signing_keys_unavailable';
  readonly retryAt: number;

  constructor(message: string, options: SigningKeysUnavailableOptions) {
    super(message, options);
    this.retryAt = options.retryAt;
  }
}

export interface RemoteKeySetOptions {
  /** Where the issuer publishes its JWKS, e.g. `{issuer}/v1/keys`. */
  jwksUri: string;
  /** The time source of freshness, cool-downs and the refetch budget; the system clock by default. */
  clock?: Clock;
  fetch?: typeof fetch;
  /** Longest wait for the JWKS response, body included. */
  timeoutMs?: number;
  /** How long a downloaded key set is trusted before it is downloaded again. */
  maxAgeMs?: number;
  /**
   * The pace of downloads for unknown `kid`s once the burst is spent (one per cool-down), and the
   * least time between a failed download and the next attempt.
   */
  cooldownMs?: number;
  /** Downloads for unknown `kid`s allowed in a row before the cool-down paces them. */
  unknownKidBurst?: number;
  /** How long after `maxAgeMs` the last keys still verify while every download fails. */
  maxStaleMs?: number;
}

export const JWKS_TIMEOUT_MS = 5_000;
export const JWKS_MAX_AGE_MS = 10 * 60_000;
export const JWKS_COOLDOWN_MS = 5_000;
export const JWKS_UNKNOWN_KID_BURST = 3;
export const JWKS_MAX_STALE_MS = 60 * 60_000;
const MAX_JWKS_CHARS = 512 * 1024;

/** Told the `kid` of every key the issuer stopped publishing, or now publishes with other material. */
export type KeyWithdrawnListener = (kid: string) => void;

/**
 * The issuer's RS256 verification keys, downloaded on demand and cached.
 *
 * A key is looked up by `kid`. The key set is downloaded when it is missing or older than `maxAgeMs`,
 * and again when a `kid` is unknown (a key published since the last download): a small burst of such
 * downloads is allowed at any time, after which they are paced at one per `cooldownMs`
 * ({@link RefetchBudget}), so a flood of made-up `kid`s costs about one download per cool-down.
 * Concurrent lookups share one download.
 *
 * A download that fails or exceeds `timeoutMs` is not retried before `cooldownMs` has passed. Until
 * a download succeeds, the keys of the last successful one keep verifying for `maxStaleMs` past their
 * age; a lookup that no such key answers throws {@link SigningKeysUnavailableError}, which says when
 * to try again. A key whose `kid` disappears from the set, or comes back with other key material, is
 * reported to the {@link onKeyWithdrawn} listeners.
 */
export class RemoteKeySet {
  readonly jwksUri: string;
  private readonly clock: Clock;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxAgeMs: number;
  private readonly cooldownMs: number;
  private readonly maxStaleMs: number;
  private readonly unknownKidRefetches: RefetchBudget;
  private readonly withdrawnListeners: KeyWithdrawnListener[] = [];
  private keysByKid = new Map<string, RsaVerificationKey>();
  private loadedAt: number | undefined;
  private failedAt: number | undefined;
  private lastFailure: unknown;
  private download: Promise<void> | undefined;

  constructor(options: RemoteKeySetOptions) {
    this.jwksUri = options.jwksUri;
    this.clock = options.clock ?? systemClock;
    this.fetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? JWKS_TIMEOUT_MS;
    this.maxAgeMs = options.maxAgeMs ?? JWKS_MAX_AGE_MS;
    this.cooldownMs = options.cooldownMs ?? JWKS_COOLDOWN_MS;
    this.maxStaleMs = options.maxStaleMs ?? JWKS_MAX_STALE_MS;
    this.unknownKidRefetches = new RefetchBudget({
      burst: options.unknownKidBurst ?? JWKS_UNKNOWN_KID_BURST,
      intervalMs: this.cooldownMs,
      clock: this.clock,
    });
  }

  /**
   * The key published under `kid` as far as is known without downloading: from a key set that is
   * fresh, or stale while downloads fail. `undefined` when a download would be needed to tell.
   */
  currentKeyFor(kid: string): RsaVerificationKey | undefined {
    const now = this.clock.now();
    return this.isFresh(now) || (this.isFailing(now) && this.isUsableStale(now))
      ? this.keysByKid.get(kid)
      : undefined;
  }

  /**
   * The key published under `kid`, or `undefined` when the issuer publishes no such RS256 key.
   *
   * @throws SigningKeysUnavailableError when the key set cannot be downloaded and no key it
   *   downloaded earlier answers for `kid`.
   */
  async keyFor(kid: string): Promise<RsaVerificationKey | undefined> {
    const now = this.clock.now();
    const known = this.keysByKid.get(kid);
    if (this.isFresh(now)) {
      if (known !== undefined) {
        return known;
      }
      if (this.download === undefined && (this.isFailing(now) || !this.unknownKidRefetches.take())) {
        return this.withoutDownload(now);
      }
    } else if (this.download === undefined && this.isFailing(now)) {
      return known !== undefined && this.isUsableStale(now) ? known : this.withoutDownload(now);
    }
    try {
      await this.refresh();
    } catch (error) {
      if (known !== undefined && this.isUsableStale(this.clock.now())) {
        return known;
      }
      throw error;
    }
    return this.keysByKid.get(kid);
  }

  /** Calls `listener` with the `kid` of each key withdrawn by a later download. */
  onKeyWithdrawn(listener: KeyWithdrawnListener): void {
    this.withdrawnListeners.push(listener);
  }

  private isFresh(now: number): boolean {
    return this.loadedAt !== undefined && now - this.loadedAt < this.maxAgeMs;
  }

  /** Whether the last download failed less than a cool-down ago: no new attempt before that passes. */
  private isFailing(now: number): boolean {
    return this.failedAt !== undefined && now - this.failedAt < this.cooldownMs;
  }

  private isUsableStale(now: number): boolean {
    return this.loadedAt !== undefined && now - this.loadedAt < this.maxAgeMs + this.maxStaleMs;
  }

  /** What a lookup answers when it may not download: unknown if the last download worked, else unavailable. */
  private withoutDownload(now: number): undefined {
    if (this.failedAt !== undefined && this.isFailing(now)) {
      throw this.unavailable(this.lastFailure, this.failedAt + this.cooldownMs);
    }
    return undefined;
  }

  private refresh(): Promise<void> {
    this.download ??= this.load().finally(() => {
      this.download = undefined;
    });
    return this.download;
  }

  private async load(): Promise<void> {
    let downloaded: Map<string, RsaVerificationKey>;
    try {
      downloaded = selectRsaVerificationKeys(await this.fetchDocument());
    } catch (error) {
      this.failedAt = this.clock.now();
      this.lastFailure = error;
      throw this.unavailable(error, this.failedAt + this.cooldownMs);
    }
    const previous = this.keysByKid;
    this.keysByKid = keepUnchangedKeys(previous, downloaded);
    this.loadedAt = this.clock.now();
    this.failedAt = undefined;
    this.lastFailure = undefined;
    for (const [kid, key] of previous) {
      if (this.keysByKid.get(kid) !== key) {
        this.withdrawnListeners.forEach((listener) => listener(kid));
      }
    }
  }

  private unavailable(cause: unknown, retryAt: number): SigningKeysUnavailableError {
    return new SigningKeysUnavailableError(`The key set at ${this.jwksUri} could not be downloaded`, {
      cause,
      retryAt,
    });
  }

  private async fetchDocument(): Promise<unknown> {
    const response = await this.fetch(this.jwksUri, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      throw new Error(`The JWKS endpoint answered HTTP ${response.status}`);
    }
    const text = await response.text();
    if (text.length > MAX_JWKS_CHARS) {
      throw new Error(`The JWKS document is larger than ${MAX_JWKS_CHARS} characters`);
    }
    return JSON.parse(text) as unknown;
  }
}

/**
 * The downloaded keys, where each key published before with the same material is the earlier object:
 * a key's identity then says "unchanged since it verified a token".
 */
function keepUnchangedKeys(
  previous: ReadonlyMap<string, RsaVerificationKey>,
  downloaded: Map<string, RsaVerificationKey>,
): Map<string, RsaVerificationKey> {
  for (const [kid, key] of downloaded) {
    const earlier = previous.get(kid);
    if (earlier?.n === key.n && earlier.e === key.e) {
      downloaded.set(kid, earlier);
    }
  }
  return downloaded;
}
