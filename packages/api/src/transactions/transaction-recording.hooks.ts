import { Injectable } from '@nestjs/common';
import type { Transaction } from './transaction';

/**
 * Asynchronous work on a transaction after its idempotency key is claimed and before it is
 * recorded: where a ledger, a payment processor or a fraud screen would be called. While it runs, a
 * request with the same key is answered 409. Rejecting refuses the transaction and frees the key.
 */
export abstract class TransactionRecordingHooks {
  abstract beforeRecording(transaction: Transaction): Promise<void>;
}

/** The hooks of this API: no outside system takes part in recording a transaction. */
@Injectable()
export class NoTransactionRecordingHooks extends TransactionRecordingHooks {
  beforeRecording(): Promise<void> {
    return Promise.resolve();
  }
}
