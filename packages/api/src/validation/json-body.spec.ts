import type { Request } from 'express';
import { z } from 'zod';
import { InvalidRequestBodyError, UnsupportedMediaTypeError } from '../errors/api-errors';
import { validateJsonBody } from './json-body';

const schema = z.strictObject(
  {
    text: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }),
    count: z.number({ error: 'must be a number' }).optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a JSON object' : undefined) },
);

/** A request as Express hands it over: `is()` answers null without a body, the match otherwise. */
function requestWith(contentType: string | undefined, body: unknown): Request {
  return {
    body,
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    is: (type: string) => (contentType === undefined ? null : contentType === type ? type : false),
  } as unknown as Request;
}

const refusalOf = (request: Request): unknown => {
  try {
    validateJsonBody(schema, request);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('validateJsonBody', () => {
  it('returns the body shaped by the schema', () => {
    expect(validateJsonBody(schema, requestWith('application/json', { text: 'hi', count: 2 }))).toEqual({
      text: 'hi',
      count: 2,
    });
  });

  it('refuses a body of another media type with 415, before reading it', () => {
    const refusal = refusalOf(requestWith('application/x-www-form-urlencoded', { text: 'hi' }));

    expect(refusal).toBeInstanceOf(UnsupportedMediaTypeError);
    expect(refusal).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it.each([
    {
      description: 'a missing body',
      request: requestWith(undefined, undefined),
      expected: [{ field: '', message: 'must be a JSON object' }],
      summary: 'The request body must be a JSON object',
    },
    {
      description: 'an array',
      request: requestWith('application/json', ['hi']),
      expected: [{ field: '', message: 'must be a JSON object' }],
      summary: 'The request body must be a JSON object',
    },
    {
      description: 'a missing field and a wrong type',
      request: requestWith('application/json', { count: 'two' }),
      expected: [
        { field: 'text', message: 'is required' },
        { field: 'count', message: 'must be a number' },
      ],
      summary: 'The request body is invalid: text is required; count must be a number',
    },
    {
      description: 'members the schema does not know, one by one',
      request: requestWith('application/json', { text: 'hi', admin: true, role: 'x' }),
      expected: [
        { field: 'admin', message: 'is not a field this request accepts' },
        { field: 'role', message: 'is not a field this request accepts' },
      ],
      summary:
        'The request body is invalid: admin is not a field this request accepts; role is not a field this request accepts',
    },
  ])('refuses $description with 400 and a field-level list', ({ request, expected, summary }) => {
    const refusal = refusalOf(request);

    expect(refusal).toBeInstanceOf(InvalidRequestBodyError);
    expect((refusal as InvalidRequestBodyError).toJSON()).toEqual({
      error: 'invalid_request',
      error_description: summary,
      errors: expected,
    });
  });
});
