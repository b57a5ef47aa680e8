import type { ErrorBody } from './error-response';

// Every refusal of the API's own, in one file. Bearer token refusals are the step-up core's BearerErrors.

/**
 * A request the API refuses for a reason of its own (not a bearer token problem): a stable snake_case
 * `code`, the HTTP `status`, the message as `error_description`, and any response `headers` that go
 * with it (e.g. `Retry-After`). Rendered by the HttpErrorFilter; subclasses may add body members.
 */
export abstract class ApiError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly headers: Readonly<Record<string, string>> = {};

  toJSON(): ErrorBody {
    return { error: this.code, error_description: this.message };
  }
}

/** One problem with a request body: the member it concerns (`''` for the body as a whole) and what is wrong. */
export interface FieldError {
  field: string;
  /** Completes a sentence that starts with the field's name: "must be greater than zero". */
  message: string;
}

export interface InvalidRequestBodyErrorBody extends ErrorBody {
  errors: FieldError[];
}

/**
 * 400 `invalid_request`: the body does not describe a valid request. The body of the response lists
 * every problem found, per field, in `errors`; `error_description` sums them up in one sentence.
 */
export class InvalidRequestBodyError extends ApiError {
  override readonly name = 'InvalidRequestBodyError';
  readonly code = 'invalid_request';
  readonly status = 400;
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    super(describeFieldErrors(errors));
    this.errors = errors.map((error) => ({ ...error }));
  }

  override toJSON(): InvalidRequestBodyErrorBody {
    return { ...super.toJSON(), errors: this.errors.map((error) => ({ ...error })) };
  }
}

function describeFieldErrors(errors: readonly FieldError[]): string {
  const [only] = errors;
  if (errors.length === 1 && only?.field === '') {
    return `The request body ${only.message}`;
  }
  return `The request body is invalid: ${errors.map(({ field, message }) => `${field} ${message}`).join('; ')}`;
}

/** 415 `unsupported_media_type`: the request has a body that is not `application/json`. */
export class UnsupportedMediaTypeError extends ApiError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly code = 'unsupported_media_type';
  readonly status = 415;

  constructor() {
    super('The request body must be JSON, sent with Content-Type: application/json');
  }
}

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

/**
 * 503 `temporarily_unavailable` with `Retry-After`: the token could not be checked because the issuer's
 * keys cannot be downloaded and no key downloaded earlier fits. The token may be perfectly good, so
 * the answer is not `invalid_token` (which tells a client to throw the token away and sign the user in
 * again, at a provider that may be down too), and carries no Bearer challenge: RFC 6750 §3 asks for
 * one when credentials are missing or refused, and these were neither.
 */
export class IssuerUnavailableError extends ApiError {
  override readonly name = 'IssuerUnavailableError';
  readonly code = 'temporarily_unavailable';
  readonly status = 503;
  override readonly headers: Readonly<Record<string, string>>;

  constructor(retryAfterSeconds: number, options?: ErrorOptions) {
    super(
      'The signing keys of the issuer are unavailable, so the access token cannot be verified now; retry later',
      options,
    );
    this.headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' };
  }
}
