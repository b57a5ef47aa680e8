import { Injectable } from '@nestjs/common';
import type { Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { Clock } from '../auth/clock';
import { SqliteDatabase } from '../database/sqlite-database';
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError } from '../errors/api-errors';

/** How long a key is remembered after its first use: a retry within this time is recognised. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * How long a claimed key stays locked while its request is processed. Only a request that died
 * without releasing its claim (a crash) ever reaches it; a later retry may then claim the key afresh.
 */
export const IDEMPOTENCY_CLAIM_LEASE_MS = 60 * 1000;

/** The right to perform the operation a key names, held by one request until it completes or releases it. */
export interface IdempotencyClaim {
  readonly owner: string;
  readonly key: string;
  readonly claim: string;
}

/** What an attempt to use a key yields: the go-ahead, or the outcome of the request that used it first. */
export type IdempotencyOutcome =
  { kind: 'claimed'; claim: IdempotencyClaim } | { kind: 'completed'; resourceId: string };

interface KeyRecord {
  fingerprint: string;
  state: 'in_progress' | 'completed';
  resource_id: string | null;
  locked_until: number | null;
}

/**
 * Idempotency keys, scoped per owner (see resourceOwnerOf): one user's key never meets another's.
 *
 * A request first {@link claim}s its key, which records it as in progress in a database transaction;
 * it then does its work and {@link complete}s the claim in the same database transaction as its
 * writes, or {@link release}s it on failure. A request arriving with the same key meanwhile is told
 * the key is in use (409); afterwards, it gets the first request's resource back if it asks for the
 * same thing, and 422 if it asks for something else. Keys are forgotten
 * {@link IDEMPOTENCY_KEY_LIFETIME_MS} after their first use.
 */
@Injectable()
export class IdempotencyService {
  private readonly forgetExpired: Statement<[number]>;
  private readonly find: Statement<[string, string], KeyRecord>;
  private readonly insertClaim: Statement<[string, string, string, string, number, number, number]>;
  private readonly renewClaim: Statement<[string, number, string, string]>;
  private readonly markCompleted: Statement<[string, string, string, string]>;
  private readonly deleteClaim: Statement<[string, string, string]>;

  constructor(
    private readonly database: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    const sql = database.connection;
    this.forgetExpired = sql.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?');
    this.find = sql.prepare(
      'SELECT fingerprint, state, resource_id, locked_until FROM idempotency_keys WHERE owner = ? AND key = ?',
    );
    this.insertClaim = sql.prepare(
      `INSERT INTO idempotency_keys (owner, key, fingerprint, state, claim, locked_until, created_at, expires_at)
       VALUES (?, ?, ?, 'in_progress', ?, ?, ?, ?)`,
    );
    this.renewClaim = sql.prepare(
      "UPDATE idempotency_keys SET claim = ?, locked_until = ? WHERE owner = ? AND key = ? AND state = 'in_progress'",
    );
    this.markCompleted = sql.prepare(
      `UPDATE idempotency_keys SET state = 'completed', resource_id = ?, claim = NULL, locked_until = NULL
       WHERE owner = ? AND key = ? AND claim = ?`,
    );
    this.deleteClaim = sql.prepare(
      "DELETE FROM idempotency_keys WHERE owner = ? AND key = ? AND claim = ? AND state = 'in_progress'",
    );
  }

  /**
   * Claims `key` for `owner`'s request with `fingerprint`, or reports what became of it.
   *
   * @throws IdempotencyKeyReusedError (422) when the key was used with another fingerprint.
   * @throws IdempotencyKeyInUseError (409) when a request with the key is still in progress.
   */
  claim(owner: string, key: string, fingerprint: string): IdempotencyOutcome {
    return this.database.transaction(() => {
      const now = this.clock.now();
      this.forgetExpired.run(now);
      const record = this.find.get(owner, key);
      const claim: IdempotencyClaim = { owner, key, claim: randomUUID() };
      const lockedUntil = now + IDEMPOTENCY_CLAIM_LEASE_MS;
      if (record === undefined) {
        this.insertClaim.run(
          owner,
          key,
          fingerprint,
          claim.claim,
          lockedUntil,
          now,
          now + IDEMPOTENCY_KEY_LIFETIME_MS,
        );
        return { kind: 'claimed', claim };
      }
      if (record.fingerprint !== fingerprint) {
        throw new IdempotencyKeyReusedError();
      }
      if (record.state === 'completed' && record.resource_id !== null) {
        return { kind: 'completed', resourceId: record.resource_id };
      }
      if ((record.locked_until ?? 0) > now) {
        throw new IdempotencyKeyInUseError();
      }
      this.renewClaim.run(claim.claim, lockedUntil, owner, key);
      return { kind: 'claimed', claim };
    });
  }

  /**
   * Records that the claimed request produced `resourceId`. Call it inside the database transaction
   * that writes the resource, so that both are stored or neither.
   *
   * @throws IdempotencyKeyInUseError when the claim was lost (its lease ran out and another request
   *   took the key over): the caller's transaction must then roll back.
   */
  complete(claim: IdempotencyClaim, resourceId: string): void {
    if (this.markCompleted.run(resourceId, claim.owner, claim.key, claim.claim).changes !== 1) {
      throw new IdempotencyKeyInUseError();
    }
  }

  /** Gives the key up after a failure, so that a retry with the same key may try again. */
  release(claim: IdempotencyClaim): void {
    this.deleteClaim.run(claim.owner, claim.key, claim.claim);
  }
}
