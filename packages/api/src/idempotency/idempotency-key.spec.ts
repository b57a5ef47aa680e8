import type { Request } from 'express';
import { InvalidIdempotencyKeyError } from '../errors/api-errors';
import { readIdempotencyKey } from './idempotency-key';

const requestWith = (values: string[] | undefined): Request =>
  ({ headersDistinct: values === undefined ? {} : { 'idempotency-key': values } }) as unknown as Request;

describe('readIdempotencyKey', () => {
  it.each([
    { description: 'a UUID', input: ['8e03978e-40d5-43e8-bc93-6894a57f9324'] },
    { description: 'a single character', input: ['x'] },
    { description: '255 characters', input: ['k'.repeat(255)] },
    { description: 'punctuation, quotes included', input: ['"order:42/retry#1"'] },
  ])('reads $description', ({ input }) => {
    expect(readIdempotencyKey(requestWith(input))).toBe(input[0]);
  });

  it.each([
    {
      description: 'a missing header',
      input: undefined,
      expected:
        'The Idempotency-Key header is required: send a new unique value (e.g. a UUID) with each new request',
    },
    {
      description: 'a header sent twice',
      input: ['a', 'b'],
      expected: 'The Idempotency-Key header must be sent once',
    },
    ...[
      { description: 'an empty header', value: '' },
      { description: '256 characters', value: 'k'.repeat(256) },
      { description: 'a space', value: 'order 42' },
      { description: 'a tab', value: 'order\t42' },
      { description: 'a non-ASCII character', value: 'clé' },
      { description: 'DEL', value: 'order\u007f' },
    ].map(({ description, value }) => ({
      description,
      input: [value],
      expected: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters, without spaces',
    })),
  ])('refuses $description with 400 invalid_request', ({ input, expected }) => {
    let thrown: unknown;
    try {
      readIdempotencyKey(requestWith(input));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(InvalidIdempotencyKeyError);
    expect(thrown).toMatchObject({ status: 400, code: 'invalid_request', message: expected });
  });
});
