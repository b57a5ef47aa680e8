import type { Request } from 'express';
import { InvalidRequestBodyError } from '../errors/api-errors';
import { validateJsonBody } from '../validation/json-body';
import { messageRequestSchema } from './message-request';

const posted = (body: unknown): Request =>
  ({
    body,
    headers: { 'content-type': 'application/json' },
    is: (type: string) => (type === 'application/json' ? type : false),
  }) as unknown as Request;

const refusalOf = (body: unknown): unknown => {
  try {
    validateJsonBody(messageRequestSchema, posted(body));
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('messageRequestSchema', () => {
  it.each([
    { description: 'trimmed', input: '  Passkeys at last  ', expected: 'Passkeys at last' },
    {
      description: '280 characters with a line break',
      input: `${'x'.repeat(139)}\n${'y'.repeat(140)}`,
      expected: `${'x'.repeat(139)}\n${'y'.repeat(140)}`,
    },
    { description: 'CRLF as one line break', input: 'one\r\ntwo', expected: 'one\ntwo' },
    { description: '280 emoji, one character each', input: '🙂'.repeat(280), expected: '🙂'.repeat(280) },
  ])('accepts a text $description', ({ input, expected }) => {
    expect(validateJsonBody(messageRequestSchema, posted({ text: input }))).toEqual({ text: expected });
  });

  it.each([
    {
      description: 'an empty text',
      body: { text: '   ' },
      expected: [{ field: 'text', message: 'must not be empty' }],
    },
    {
      description: 'a text of 281 characters',
      body: { text: 'x'.repeat(281) },
      expected: [{ field: 'text', message: 'must be at most 280 characters long' }],
    },
    { description: 'no text', body: {}, expected: [{ field: 'text', message: 'is required' }] },
    {
      description: 'an unknown field',
      body: { text: 'hi', pinned: true },
      expected: [{ field: 'pinned', message: 'is not a field this request accepts' }],
    },
  ])('refuses $description field by field', ({ body, expected }) => {
    const refusal = refusalOf(body);

    expect(refusal).toBeInstanceOf(InvalidRequestBodyError);
    expect((refusal as InvalidRequestBodyError).errors).toEqual(expected);
  });
});
