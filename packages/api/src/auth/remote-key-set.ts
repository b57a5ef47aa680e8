import { selectRsaVerificationKeys, type RsaVerificationKey } from './rsa-verification-keys';
import { SigningKeysUnavailableError } from './signing-keys-unavailable.error';

export interface RemoteKeySetOptions {
  /** Where the issuer publishes its JWKS, e.g. `{issuer}/v1/keys`. */
  jwksUri: string;
  /** Milliseconds since the epoch; `Date.now` unless a test freezes time. */
  now?: () => number;
  fetch?: typeof fetch;
  /** Longest wait for the JWKS response, body included. */
  timeoutMs?: number;
  /** How long a downloaded key set is trusted before it is downloaded again. */
  maxAgeMs?: number;
  /** Least time between two downloads, so a flood of unknown `kid`s or a dead issuer costs one request. */
  cooldownMs?: number;
}

export const JWKS_TIMEOUT_MS = 5_000;
export const JWKS_MAX_AGE_MS = 10 * 60_000;
export const JWKS_COOLDOWN_MS = 5_000;
const MAX_JWKS_CHARS = 512 * 1024;

/**
 * The issuer's RS256 verification keys, downloaded on demand and cached.
 *
 * A key is looked up by `kid`. The key set is downloaded when it is missing or older than `maxAgeMs`,
 * and again when a `kid` is unknown (keys rotate), but never more often than once per `cooldownMs`;
 * concurrent lookups share one download. A download that fails or exceeds `timeoutMs` makes lookups
 * throw {@link SigningKeysUnavailableError} until a later download succeeds.
 */
export class RemoteKeySet {
  readonly jwksUri: string;
  private readonly now: () => number;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxAgeMs: number;
  private readonly cooldownMs: number;
  private keysByKid = new Map<string, RsaVerificationKey>();
  private loadedAt: number | undefined;
  private attemptedAt: number | undefined;
  private lastFailure: unknown;
  private download: Promise<void> | undefined;

  constructor(options: RemoteKeySetOptions) {
    this.jwksUri = options.jwksUri;
    this.now = options.now ?? Date.now;
    this.fetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? JWKS_TIMEOUT_MS;
    this.maxAgeMs = options.maxAgeMs ?? JWKS_MAX_AGE_MS;
    this.cooldownMs = options.cooldownMs ?? JWKS_COOLDOWN_MS;
  }

  /**
   * The key published under `kid`, or `undefined` when the issuer publishes no such RS256 key.
   *
   * @throws SigningKeysUnavailableError when the key set cannot be downloaded.
   */
  async keyFor(kid: string): Promise<RsaVerificationKey | undefined> {
    const now = this.now();
    const coolingDown = this.attemptedAt !== undefined && now - this.attemptedAt < this.cooldownMs;
    if (this.loadedAt !== undefined && now - this.loadedAt < this.maxAgeMs) {
      const key = this.keysByKid.get(kid);
      if (key !== undefined || coolingDown) {
        return key;
      }
    } else if (coolingDown && this.lastFailure !== undefined) {
      throw new SigningKeysUnavailableError(`The key set at ${this.jwksUri} could not be downloaded`, {
        cause: this.lastFailure,
      });
    }
    await this.refresh();
    return this.keysByKid.get(kid);
  }

  /** Every key of the last successful download. */
  keys(): RsaVerificationKey[] {
    return [...this.keysByKid.values()];
  }

  private refresh(): Promise<void> {
    this.download ??= this.load().finally(() => {
      this.download = undefined;
    });
    return this.download;
  }

  private async load(): Promise<void> {
    this.attemptedAt = this.now();
    try {
      this.keysByKid = selectRsaVerificationKeys(await this.fetchDocument());
      this.loadedAt = this.now();
      this.lastFailure = undefined;
    } catch (error) {
      this.lastFailure = error;
      throw new SigningKeysUnavailableError(`The key set at ${this.jwksUri} could not be downloaded`, {
        cause: error,
      });
    }
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
