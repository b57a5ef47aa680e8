import { TransactionRecordingHooks } from '../../src/transactions/transaction-recording.hooks';

/**
 * Holds each transaction between the claim of its idempotency key and its recording until
 * `releaseAll()`, so that a test can send a duplicate while the first request is truly in flight.
 * `failNext` makes the next transaction fail at that point instead.
 */
export class HeldRecordingHooks extends TransactionRecordingHooks {
  holding = false;
  private failure: Error | undefined;
  private readonly held: Array<() => void> = [];
  private readonly awaitingArrival: Array<() => void> = [];

  beforeRecording(): Promise<void> {
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (!this.holding) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.held.push(resolve);
      this.awaitingArrival.splice(0).forEach((notify) => notify());
    });
  }

  /** Resolves once a request is being held. */
  arrival(): Promise<void> {
    return this.held.length > 0
      ? Promise.resolve()
      : new Promise((resolve) => this.awaitingArrival.push(resolve));
  }

  releaseAll(): void {
    this.holding = false;
    this.held.splice(0).forEach((release) => release());
  }

  failNext(failure: Error): void {
    this.failure = failure;
  }
}
