import { ApiError } from '../errors/api-error';
import type { ErrorBody } from '../errors/error-response';

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
    super(describe(errors));
    this.errors = errors.map((error) => ({ ...error }));
  }

  override toJSON(): InvalidRequestBodyErrorBody {
    return { ...super.toJSON(), errors: this.errors.map((error) => ({ ...error })) };
  }
}

function describe(errors: readonly FieldError[]): string {
  const [only] = errors;
  if (errors.length === 1 && only?.field === '') {
    return `The request body ${only.message}`;
  }
  return `The request body is invalid: ${errors.map(({ field, message }) => `${field} ${message}`).join('; ')}`;
}
