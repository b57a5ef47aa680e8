import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from 'step-up/testing';
import { SqliteDatabase } from '../database/sqlite-database';
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError } from '../errors/api-errors';
import {
  IDEMPOTENCY_CLAIM_LEASE_MS,
  IDEMPOTENCY_KEY_LIFETIME_MS,
  IdempotencyService,
  type IdempotencyClaim,
} from './idempotency.service';

describe('IdempotencyService', () => {
  let database: SqliteDatabase;
  let clock: ManualClock;
  let keys: IdempotencyService;

  beforeEach(() => {
    database = new SqliteDatabase({ path: ':memory:' });
    clock = new ManualClock(1_893_456_000_000);
    keys = new IdempotencyService(database, clock);
  });

  afterEach(() => database.onModuleDestroy());

  const claimed = (subject: string, key: string, fingerprint: string): IdempotencyClaim => {
    const outcome = keys.claim(subject, key, fingerprint);
    if (outcome.kind !== 'claimed') {
      throw new Error(`expected a claim, got ${JSON.stringify(outcome)}`);
    }
    return outcome.claim;
  };

  it('lets the first request with a key go ahead', () => {
    expect(keys.claim('alice', 'k1', 'body-a')).toEqual({
      kind: 'claimed',
      claim: { owner: 'alice', key: 'k1', claim: expect.any(String) as string },
    });
  });

  it('tells a second request with the same key and body that the first is still in progress', () => {
    claimed('alice', 'k1', 'body-a');

    expect(() => keys.claim('alice', 'k1', 'body-a')).toThrow(IdempotencyKeyInUseError);
  });

  it('answers the same key and body after completion with the first request’s resource', () => {
    keys.complete(claimed('alice', 'k1', 'body-a'), 'tx-1');

    expect(keys.claim('alice', 'k1', 'body-a')).toEqual({ kind: 'completed', resourceId: 'tx-1' });
    expect(keys.claim('alice', 'k1', 'body-a')).toEqual({ kind: 'completed', resourceId: 'tx-1' });
  });

  it('refuses the same key with another body, after completion', () => {
    keys.complete(claimed('alice', 'k1', 'body-a'), 'tx-1');

    expect(() => keys.claim('alice', 'k1', 'body-b')).toThrow(IdempotencyKeyReusedError);
  });

  it('refuses the same key with another body while the first is in progress', () => {
    claimed('alice', 'k1', 'body-a');

    expect(() => keys.claim('alice', 'k1', 'body-b')).toThrow(IdempotencyKeyReusedError);
  });

  it('keeps one subject’s keys apart from another’s', () => {
    keys.complete(claimed('alice', 'shared-key', 'body-a'), 'tx-alice');

    const bob = claimed('bob', 'shared-key', 'body-b');
    keys.complete(bob, 'tx-bob');

    expect(keys.claim('alice', 'shared-key', 'body-a')).toEqual({
      kind: 'completed',
      resourceId: 'tx-alice',
    });
    expect(keys.claim('bob', 'shared-key', 'body-b')).toEqual({ kind: 'completed', resourceId: 'tx-bob' });
  });

  it('lets a retry claim the key again once a failed request released it', () => {
    keys.release(claimed('alice', 'k1', 'body-a'));

    expect(keys.claim('alice', 'k1', 'body-a').kind).toBe('claimed');
  });

  it('lets a retry take over a claim whose request died, once the lease has run out', () => {
    const abandoned = claimed('alice', 'k1', 'body-a');
    clock.advance(IDEMPOTENCY_CLAIM_LEASE_MS - 1);
    expect(() => keys.claim('alice', 'k1', 'body-a')).toThrow(IdempotencyKeyInUseError);

    clock.advance(1);
    const retry = claimed('alice', 'k1', 'body-a');

    expect(() => keys.complete(abandoned, 'tx-late')).toThrow(IdempotencyKeyInUseError);
    keys.complete(retry, 'tx-retry');
    expect(keys.claim('alice', 'k1', 'body-a')).toEqual({ kind: 'completed', resourceId: 'tx-retry' });
  });

  it('does not let a stale claim release the key another request now holds', () => {
    const abandoned = claimed('alice', 'k1', 'body-a');
    clock.advance(IDEMPOTENCY_CLAIM_LEASE_MS);
    claimed('alice', 'k1', 'body-a');

    keys.release(abandoned);

    expect(() => keys.claim('alice', 'k1', 'body-a')).toThrow(IdempotencyKeyInUseError);
  });

  it('remembers a key until 24 hours after its first use, then forgets it', () => {
    keys.complete(claimed('alice', 'k1', 'body-a'), 'tx-1');

    clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS - 1);
    expect(keys.claim('alice', 'k1', 'body-a')).toEqual({ kind: 'completed', resourceId: 'tx-1' });

    clock.advance(1);
    expect(keys.claim('alice', 'k1', 'body-b').kind).toBe('claimed');
  });

  it('leaves the key in progress when the transaction completing it rolls back', () => {
    const claim = claimed('alice', 'k1', 'body-a');

    expect(() =>
      database.transaction(() => {
        keys.complete(claim, 'tx-1');
        throw new Error('the resource could not be written');
      }),
    ).toThrow('the resource could not be written');

    expect(() => keys.claim('alice', 'k1', 'body-a')).toThrow(IdempotencyKeyInUseError);
    keys.release(claim);
    expect(keys.claim('alice', 'k1', 'body-a').kind).toBe('claimed');
  });
});

describe('IdempotencyService in two API processes sharing one database file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'api-idempotency-'));
  const path = join(directory, 'api.sqlite');
  const now = 1_893_456_000_000;
  const databases: SqliteDatabase[] = [];
  const open = () => {
    const database = new SqliteDatabase({ path });
    databases.push(database);
    return database;
  };

  afterAll(() => {
    databases.forEach((database) => database.onModuleDestroy());
    rmSync(directory, { recursive: true, force: true });
  });

  it('holds the write lock from the start of a claim, so the other process can only claim the same key before or after it', () => {
    const other = open();
    // The API waits up to BUSY_TIMEOUT_MS for a held lock; this one thread cannot let the first claim finish
    // while the other waits, so the other refuses a held lock at once.
    other.connection.pragma('busy_timeout = 0');
    const otherKeys = new IdempotencyService(other, new ManualClock(now));
    let meanwhile: unknown;
    // The first claim reads the clock inside its database transaction: the moment the other process claims too.
    const keys = new IdempotencyService(open(), {
      now: () => {
        try {
          meanwhile ??= otherKeys.claim('alice', 'k1', 'body-a');
        } catch (error) {
          meanwhile ??= error;
        }
        return now;
      },
    });

    expect(keys.claim('alice', 'k1', 'body-a').kind).toBe('claimed');
    expect(meanwhile).toMatchObject({ code: 'SQLITE_BUSY', message: 'database is locked' });
    expect(() => otherKeys.claim('alice', 'k1', 'body-a')).toThrow(IdempotencyKeyInUseError);
  });
});
