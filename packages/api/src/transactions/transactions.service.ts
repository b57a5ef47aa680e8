import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../auth/clock';
import { SqliteDatabase } from '../database/sqlite-database';
import { TransactionNotFoundError } from '../errors/api-errors';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { fingerprintOf } from '../idempotency/request-fingerprint';
import type { Transaction, TransactionRequest } from './transaction';
import { TransactionRecordingHooks } from './transaction-recording.hooks';
import { TransactionsRepository } from './transactions.repository';

/** A transaction the API answers a create request with, and whether an earlier request created it. */
export interface CreatedTransaction {
  transaction: Transaction;
  replayed: boolean;
}

/** Each user's transactions: created exactly once per idempotency key, read only by their owner. */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly database: SqliteDatabase,
    private readonly repository: TransactionsRepository,
    private readonly idempotency: IdempotencyService,
    private readonly hooks: TransactionRecordingHooks,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the transaction `request` describes for `owner`, once per `idempotencyKey`: the key is
   * claimed first, the transaction and the key's completion are written in one database transaction.
   * The same key with the same request returns the transaction created first (`replayed`).
   *
   * @throws IdempotencyKeyReusedError (422) when the key was used for a different request.
   * @throws IdempotencyKeyInUseError (409) when a request with the key is still in progress.
   */
  async create(
    owner: string,
    idempotencyKey: string,
    request: TransactionRequest,
  ): Promise<CreatedTransaction> {
    const fingerprint = fingerprintOf([
      request.amount.minorUnits,
      request.amount.currency,
      request.payee,
      request.memo,
    ]);
    const outcome = this.idempotency.claim(owner, idempotencyKey, fingerprint);
    if (outcome.kind === 'completed') {
      const earlier = this.repository.findOwnedBy(owner, outcome.resourceId);
      if (earlier === undefined) {
        throw new Error(
          `Idempotency key of ${owner} names transaction ${outcome.resourceId}, which is missing`,
        );
      }
      return { transaction: earlier, replayed: true };
    }
    const transaction: Transaction = {
      id: randomUUID(),
      owner,
      ...request,
      createdAt: this.clock.now(),
    };
    try {
      await this.hooks.beforeRecording(transaction);
      this.database.transaction(() => {
        this.repository.insert(transaction);
        this.idempotency.complete(outcome.claim, transaction.id);
      });
    } catch (error) {
      this.idempotency.release(outcome.claim);
      throw error;
    }
    return { transaction, replayed: false };
  }

  /** `owner`'s transactions, newest first. */
  list(owner: string): Transaction[] {
    return this.repository.listOwnedBy(owner);
  }

  /** @throws TransactionNotFoundError (404) unless `owner` owns a transaction `id`. */
  findOne(owner: string, id: string): Transaction {
    const transaction = this.repository.findOwnedBy(owner, id);
    if (transaction === undefined) {
      throw new TransactionNotFoundError();
    }
    return transaction;
  }
}
