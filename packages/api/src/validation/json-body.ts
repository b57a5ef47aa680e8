import type { Request } from 'express';
import type { z } from 'zod';
import { InvalidRequestBodyError, UnsupportedMediaTypeError, type FieldError } from '../errors/api-errors';

/**
 * The JSON body of `request`, checked and shaped by `schema`.
 *
 * @throws UnsupportedMediaTypeError (415) when the request names another media type for its body.
 * @throws InvalidRequestBodyError (400) listing every problem, field by field, when the body (or its
 *   absence) does not satisfy the schema.
 */
export function validateJsonBody<Schema extends z.ZodType>(
  schema: Schema,
  request: Request,
): z.output<Schema> {
  // `is` answers null without a body, false for a body of another type (or of none named).
  if (request.headers['content-type'] !== undefined && request.is('application/json') === false) {
    throw new UnsupportedMediaTypeError();
  }
  const result = schema.safeParse(request.body);
  if (!result.success) {
    throw new InvalidRequestBodyError(fieldErrorsOf(result.error));
  }
  return result.data;
}

/** Zod's issues as field errors: one per issue, and one per member nobody asked for. */
function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: field === '' ? key : `${field}.${key}`,
        message: 'is not a field this request accepts',
      }));
    }
    return [{ field, message: issue.message }];
  });
}
