import type { Response } from 'supertest';
import type { FieldError } from '../../src/errors/api-errors';

/** A 400 invalid_request listing `errors`, field by field, and summing them up in its description. */
export function expectInvalidRequestBody(response: Response, errors: FieldError[]): void {
  expect(response.status).toBe(400);
  expect(response.body).toEqual({
    error: 'invalid_request',
    error_description: `The request body is invalid: ${errors.map(({ field, message }) => `${field} ${message}`).join('; ')}`,
    errors,
  });
}
