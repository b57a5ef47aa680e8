import { ApiError } from '../errors/api-error';

/** 400 `invalid_request`: the `Idempotency-Key` header is missing, repeated or malformed. */
export class InvalidIdempotencyKeyError extends ApiError {
  override readonly name = 'InvalidIdempotencyKeyError';
  readonly code = 'invalid_request';
  readonly status = 400;
}

/** 422 `idempotency_key_reused`: the key was already used with a different request body. */
export class IdempotencyKeyReusedError extends ApiError {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly code = 'idempotency_key_reused';
  readonly status = 422;

  constructor() {
    super('This Idempotency-Key was already used with a different request; use a new key for a new request');
  }
}

/** 409 `idempotency_key_in_use`: a request with the same key is still being processed. */
export class IdempotencyKeyInUseError extends ApiError {
  override readonly name = 'IdempotencyKeyInUseError';
  readonly code = 'idempotency_key_in_use';
  readonly status = 409;
  override readonly headers = { 'Retry-After': '1' };

  constructor() {
    super('A request with this Idempotency-Key is still being processed; retry it shortly');
  }
}
