import { RemoteKeySet, type RemoteKeySetOptions } from './remote-key-set';
import { generateKeyPairSync } from 'node:crypto';
import { SigningKeysUnavailableError } from './remote-key-set';

const JWKS_URI = 'https://issuer.example/oauth2/default/v1/keys';
const rsaJwk = (kid: string) => ({
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }),
  kid,
});
const KEY_1 = rsaJwk('key-1');
const KEY_2 = rsaJwk('key-2');

/** A fake JWKS endpoint: answers with `document` (or fails), counting requests. */
class FakeEndpoint {
  document: unknown = { keys: [KEY_1] };
  status = 200;
  failure: Error | undefined;
  requests = 0;

  readonly fetch = jest.fn(async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    this.requests++;
    await Promise.resolve();
    if (this.failure) {
      throw this.failure;
    }
    init?.signal?.throwIfAborted();
    return new Response(typeof this.document === 'string' ? this.document : JSON.stringify(this.document), {
      status: this.status,
    });
  });
}

describe('RemoteKeySet', () => {
  let endpoint: FakeEndpoint;
  let now: number;
  const keySet = (options: Partial<RemoteKeySetOptions> = {}) =>
    new RemoteKeySet({
      jwksUri: JWKS_URI,
      fetch: endpoint.fetch as typeof fetch,
      clock: { now: () => now },
      cooldownMs: 5_000,
      maxAgeMs: 60_000,
      ...options,
    });

  beforeEach(() => {
    endpoint = new FakeEndpoint();
    now = 1_000_000;
  });

  it('downloads the key set on the first lookup, asking for JSON without following redirects', async () => {
    const keys = keySet();

    await expect(keys.keyFor('key-1')).resolves.toMatchObject({ kid: 'key-1', n: KEY_1.n });
    expect(endpoint.fetch).toHaveBeenCalledWith(JWKS_URI, expect.objectContaining({ redirect: 'error' }));
    expect(endpoint.fetch.mock.calls[0]?.[1]?.headers).toEqual({ accept: 'application/json' });
  });

  it('answers known keys from memory while the key set is fresh', async () => {
    const keys = keySet();
    await keys.keyFor('key-1');
    now += 59_999;

    await keys.keyFor('key-1');

    expect(endpoint.requests).toBe(1);
  });

  it('downloads the key set again once it is older than its maximum age', async () => {
    const keys = keySet();
    await keys.keyFor('key-1');
    now += 60_000;

    await keys.keyFor('key-1');

    expect(endpoint.requests).toBe(2);
  });

  it('shares one download among concurrent lookups', async () => {
    const keys = keySet();

    await Promise.all(['key-1', 'key-1', 'unknown', 'other'].map((kid) => keys.keyFor(kid)));

    expect(endpoint.requests).toBe(1);
  });

  it('finds a key published a moment after the last download', async () => {
    const keys = keySet();
    await keys.keyFor('key-1');
    endpoint.document = { keys: [KEY_1, KEY_2] };
    now += 100;

    await expect(keys.keyFor('key-2')).resolves.toMatchObject({ kid: 'key-2' });
    expect(endpoint.requests).toBe(2);
  });

  it('downloads for unknown kids in a burst of three, then once per cool-down', async () => {
    const keys = keySet();
    await keys.keyFor('key-1');
    const requestsAt: number[] = [];
    for (let step = 0; step < 200; step++) {
      await keys.keyFor(`made-up-${step}`);
      requestsAt.push(endpoint.requests);
      now += 100;
    }

    expect(requestsAt.slice(0, 5)).toEqual([2, 3, 4, 4, 4]);
    expect(endpoint.requests).toBe(1 + 3 + Math.floor((200 * 100 - 100) / 5_000));
  });

  it('answers an unknown kid without downloading while the burst is spent', async () => {
    const keys = keySet({ unknownKidBurst: 1 });
    await keys.keyFor('key-1');
    await keys.keyFor('made-up-1');
    endpoint.document = { keys: [KEY_1, KEY_2] };

    await expect(keys.keyFor('key-2')).resolves.toBeUndefined();
    expect(endpoint.requests).toBe(2);
  });

  it('forgets keys the issuer no longer publishes, and says which', async () => {
    const keys = keySet();
    const withdrawn: string[] = [];
    keys.onKeyWithdrawn((kid) => withdrawn.push(kid));
    await keys.keyFor('key-1');
    endpoint.document = { keys: [KEY_2] };
    now += 60_000;

    await expect(keys.keyFor('key-1')).resolves.toBeUndefined();
    expect(keys.currentKeyFor('key-2')).toMatchObject({ kid: 'key-2' });
    expect(withdrawn).toEqual(['key-1']);
  });

  it('keeps the same key object while its material is unchanged, and withdraws a kid whose material changed', async () => {
    const keys = keySet();
    const withdrawn: string[] = [];
    keys.onKeyWithdrawn((kid) => withdrawn.push(kid));
    const first = await keys.keyFor('key-1');
    endpoint.document = { keys: [KEY_1, { ...KEY_2, kid: 'key-2' }] };
    now += 60_000;
    const unchanged = await keys.keyFor('key-1');
    endpoint.document = {
      keys: [
        { ...KEY_2, kid: 'key-1' },
        { ...KEY_2, kid: 'key-2' },
      ],
    };
    now += 60_000;
    const replaced = await keys.keyFor('key-1');

    expect(unchanged).toBe(first);
    expect(replaced).not.toBe(first);
    expect(replaced).toMatchObject({ kid: 'key-1', n: KEY_2.n });
    expect(withdrawn).toEqual(['key-1']);
  });

  it('tells what it knows without downloading: nothing before the first download or once stale', async () => {
    const keys = keySet();
    expect(keys.currentKeyFor('key-1')).toBeUndefined();
    await keys.keyFor('key-1');
    expect(keys.currentKeyFor('key-1')).toMatchObject({ kid: 'key-1' });
    now += 60_000;

    expect(keys.currentKeyFor('key-1')).toBeUndefined();
    expect(endpoint.requests).toBe(1);
  });

  it.each([
    {
      description: 'the endpoint is unreachable',
      arrange: (e: FakeEndpoint) => (e.failure = new TypeError('fetch failed')),
    },
    { description: 'the endpoint answers 503', arrange: (e: FakeEndpoint) => (e.status = 503) },
    { description: 'the document is not JSON', arrange: (e: FakeEndpoint) => (e.document = '<html>') },
    {
      description: 'the document has no keys array',
      arrange: (e: FakeEndpoint) => (e.document = { keys: 'none' }),
    },
    {
      description: 'the document is too large',
      arrange: (e: FakeEndpoint) => (e.document = 'x'.repeat(600 * 1024)),
    },
  ])('throws SigningKeysUnavailableError when $description', async ({ arrange }) => {
    arrange(endpoint);

    const lookup = keySet().keyFor('key-1');

    await expect(lookup).rejects.toThrow(SigningKeysUnavailableError);
    await expect(lookup).rejects.toThrow(`The key set at ${JWKS_URI} could not be downloaded`);
  });

  it('gives up on a download that does not finish in time', async () => {
    const hanging = jest.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
        ),
    );
    const keys = keySet({ fetch: hanging as typeof fetch, timeoutMs: 20 });

    await expect(keys.keyFor('key-1')).rejects.toThrow(SigningKeysUnavailableError);
  });

  it('fails fast during the cool-down after a failed download, then tries again', async () => {
    endpoint.failure = new TypeError('fetch failed');
    const keys = keySet();
    await expect(keys.keyFor('key-1')).rejects.toThrow(SigningKeysUnavailableError);

    await expect(keys.keyFor('key-1')).rejects.toThrow(SigningKeysUnavailableError);
    expect(endpoint.requests).toBe(1);

    endpoint.failure = undefined;
    now += 5_000;
    await expect(keys.keyFor('key-1')).resolves.toMatchObject({ kid: 'key-1' });
    expect(endpoint.requests).toBe(2);
  });

  it('says when a new download may be tried', async () => {
    endpoint.failure = new TypeError('fetch failed');

    await expect(keySet().keyFor('key-1')).rejects.toMatchObject({ retryAt: now + 5_000 });
  });

  it('keeps verifying with the last keys for an hour past their age while downloads fail', async () => {
    const keys = keySet({ maxStaleMs: 3_600_000 });
    const known = await keys.keyFor('key-1');
    endpoint.failure = new TypeError('fetch failed');
    now += 60_000;

    await expect(keys.keyFor('key-1')).resolves.toBe(known);
    expect(keys.currentKeyFor('key-1')).toBe(known);
    await expect(keys.keyFor('key-2')).rejects.toThrow(SigningKeysUnavailableError);
    now += 3_600_000;
    await expect(keys.keyFor('key-1')).rejects.toThrow(SigningKeysUnavailableError);
  });

  it('keeps serving known keys when a download for an unknown kid fails', async () => {
    const keys = keySet();
    await keys.keyFor('key-1');
    endpoint.failure = new TypeError('fetch failed');
    now += 5_000;

    await expect(keys.keyFor('key-2')).rejects.toThrow(SigningKeysUnavailableError);
    await expect(keys.keyFor('key-1')).resolves.toMatchObject({ kid: 'key-1' });
  });
});
