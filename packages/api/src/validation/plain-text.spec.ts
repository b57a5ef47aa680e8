import { z } from 'zod';
import { plainText } from './plain-text';

const payee = z.object({ value: plainText({ minLength: 1, maxLength: 10 }) });
const note = z.object({ value: plainText({ minLength: 2, maxLength: 10, multiline: true }) });

const read = (schema: typeof payee, value: unknown) => {
  const result = schema.safeParse({ value });
  return result.success ? { value: result.data.value } : { problem: result.error.issues[0]?.message };
};

describe('plainText', () => {
  it.each([
    { description: 'plain text', schema: payee, input: 'Bob', expected: 'Bob' },
    {
      description: 'text with surrounding spaces, trimmed',
      schema: payee,
      input: '  Bob  ',
      expected: 'Bob',
    },
    { description: 'ten characters', schema: payee, input: 'x'.repeat(10), expected: 'x'.repeat(10) },
    {
      description: 'ten emoji, counted as ten characters',
      schema: payee,
      input: '😀'.repeat(10),
      expected: '😀'.repeat(10),
    },
    {
      description: 'accented letters',
      schema: payee,
      input: 'Zoë Ångström'.slice(0, 10),
      expected: 'Zoë Ångstr',
    },
    {
      description: 'a line feed where lines are allowed',
      schema: note,
      input: 'one\ntwo',
      expected: 'one\ntwo',
    },
    { description: 'CRLF, stored as LF', schema: note, input: 'one\r\ntwo', expected: 'one\ntwo' },
  ])('accepts $description', ({ schema, input, expected }) => {
    expect(read(schema, input)).toEqual({ value: expected });
  });

  it.each([
    { description: 'a missing value', schema: payee, input: undefined, expected: 'is required' },
    { description: 'null', schema: payee, input: null, expected: 'must be a string' },
    { description: 'a number', schema: payee, input: 42, expected: 'must be a string' },
    { description: 'an empty string', schema: payee, input: '', expected: 'must not be empty' },
    { description: 'only spaces', schema: payee, input: '   ', expected: 'must not be empty' },
    {
      description: 'one character below the minimum',
      schema: note,
      input: ' x ',
      expected: 'must be at least 2 characters long',
    },
    {
      description: 'eleven characters',
      schema: payee,
      input: 'x'.repeat(11),
      expected: 'must be at most 10 characters long',
    },
    {
      description: 'a line feed in a single line',
      schema: payee,
      input: 'Bob\nAlice',
      expected: 'must not contain control characters',
    },
    {
      description: 'a tab',
      schema: payee,
      input: 'Bob\tAlice',
      expected: 'must not contain control characters',
    },
    {
      description: 'a NUL',
      schema: payee,
      input: 'Bob\u0000',
      expected: 'must not contain control characters',
    },
    {
      description: 'DEL',
      schema: payee,
      input: 'Bob\u007f',
      expected: 'must not contain control characters',
    },
    {
      description: 'a C1 control',
      schema: payee,
      input: 'Bob\u0085',
      expected: 'must not contain control characters',
    },
    {
      description: 'a carriage return alone where lines are allowed',
      schema: note,
      input: 'one\rtwo',
      expected: 'must not contain control characters other than line breaks',
    },
    {
      description: 'a right-to-left override',
      schema: payee,
      input: 'Bob\u202Etxt.exe',
      expected: 'must not contain bidirectional formatting characters',
    },
    {
      description: 'a lone surrogate',
      schema: payee,
      input: 'Bob\uD800',
      expected: 'must be valid Unicode text',
    },
  ])('refuses $description', ({ schema, input, expected }) => {
    expect(read(schema, input)).toEqual({ problem: expected });
  });
});
