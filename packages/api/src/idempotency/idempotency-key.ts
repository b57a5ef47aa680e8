import type { Request } from 'express';
import { InvalidIdempotencyKeyError } from '../errors/api-errors';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Sent with a response that repeats the outcome of an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** 1 to 255 visible ASCII characters: room for a UUID or any client's own scheme, nothing invisible. */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

/**
 * The request's `Idempotency-Key`, an opaque string chosen by the client (a UUID, say) that names
 * one intended operation, so that sending the request again cannot perform it twice.
 *
 * @throws InvalidIdempotencyKeyError (400) when the header is missing, sent more than once, or not
 *   1–255 visible ASCII characters.
 */
export function readIdempotencyKey(request: Request): string {
  const values = request.headersDistinct['idempotency-key'] ?? [];
  if (values.length === 0) {
    throw new InvalidIdempotencyKeyError(
      `The ${IDEMPOTENCY_KEY_HEADER} header is required: send a new unique value (e.g. a UUID) with each new request`,
    );
  }
  if (values.length > 1) {
    throw new InvalidIdempotencyKeyError(`The ${IDEMPOTENCY_KEY_HEADER} header must be sent once`);
  }
  const [key = ''] = values;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new InvalidIdempotencyKeyError(
      `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to 255 visible ASCII characters, without spaces`,
    );
  }
  return key;
}
