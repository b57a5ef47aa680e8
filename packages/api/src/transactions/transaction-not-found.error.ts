import { ApiError } from '../errors/api-error';

/**
 * 404 `not_found`: no transaction of the caller's has this id. Another user's transaction and a
 * malformed id get the very same answer, so the response reveals nothing about others.
 */
export class TransactionNotFoundError extends ApiError {
  override readonly name = 'TransactionNotFoundError';
  readonly code = 'not_found';
  readonly status = 404;

  constructor() {
    super('There is no such transaction');
  }
}
