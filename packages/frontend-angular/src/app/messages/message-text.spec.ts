import { messageLength, messageTextProblem, parseMessageRules } from './message-text';

/** The rules the API publishes today; the page must work with any others it publishes. */
const RULES = { minLength: 1, maxLength: 280 };

describe('messageTextProblem', () => {
  it.each([
    { description: 'accepts one character', text: 'a', expected: null },
    { description: 'accepts exactly the maximum', text: 'x'.repeat(280), expected: null },
    {
      description: 'counts an emoji once, as the API does',
      text: '🙂'.repeat(280),
      expected: null,
    },
    {
      description: 'ignores surrounding spaces, as the API trims them',
      text: `  ${'x'.repeat(280)}  `,
      expected: null,
    },
    { description: 'refuses an empty message', text: '', expected: 'Write a message before posting it.' },
    {
      description: 'refuses spaces and line breaks only',
      text: ' \n\t ',
      expected: 'Write a message before posting it.',
    },
    {
      description: 'refuses one character too many, saying how many to remove',
      text: 'x'.repeat(281),
      expected: 'A message can have at most 280 characters. Remove 1 character.',
    },
    {
      description: 'refuses several characters too many',
      text: 'x'.repeat(285),
      expected: 'A message can have at most 280 characters. Remove 5 characters.',
    },
  ])('$description', ({ text, expected }) => {
    expect(messageTextProblem(text, RULES)).toBe(expected);
  });

  it.each([
    {
      description: 'holds a message to the maximum published',
      rules: { minLength: 1, maxLength: 10 },
      text: 'x'.repeat(11),
      expected: 'A message can have at most 10 characters. Remove 1 character.',
    },
    {
      description: 'asks for the minimum published',
      rules: { minLength: 3, maxLength: 10 },
      text: 'hi',
      expected: 'A message needs at least 3 characters.',
    },
    {
      description: 'lets an empty message through when the API allows one',
      rules: { minLength: 0, maxLength: 10 },
      text: '  ',
      expected: null,
    },
  ])('$description', ({ rules, text, expected }) => {
    expect(messageTextProblem(text, rules)).toBe(expected);
  });

  it('counts CRLF as one line break', () => {
    expect(messageLength('a\r\nb')).toBe(3);
  });
});

describe('parseMessageRules', () => {
  it("reads the API's rules for the text", () => {
    expect(parseMessageRules({ text: { minLength: 1, maxLength: 280, lengthUnit: 'codePoint' } })).toEqual({
      minLength: 1,
      maxLength: 280,
    });
  });

  it.each([
    { description: 'nothing', body: null },
    { description: 'a list', body: [{ maxLength: 280 }] },
    { description: 'no rules for the text', body: { maxLength: 280 } },
    {
      description: 'a maximum as text',
      body: { text: { minLength: 1, maxLength: '280', lengthUnit: 'codePoint' } },
    },
    {
      description: 'a fractional maximum',
      body: { text: { minLength: 1, maxLength: 2.5, lengthUnit: 'codePoint' } },
    },
    {
      description: 'a maximum of zero',
      body: { text: { minLength: 0, maxLength: 0, lengthUnit: 'codePoint' } },
    },
    {
      description: 'a minimum over the maximum',
      body: { text: { minLength: 9, maxLength: 8, lengthUnit: 'codePoint' } },
    },
    {
      description: 'a negative minimum',
      body: { text: { minLength: -1, maxLength: 8, lengthUnit: 'codePoint' } },
    },
    {
      description: 'lengths in a unit the page does not count in',
      body: { text: { minLength: 1, maxLength: 280, lengthUnit: 'grapheme' } },
    },
    { description: 'lengths in no unit', body: { text: { minLength: 1, maxLength: 280 } } },
  ])('refuses $description', ({ body }) => {
    expect(() => parseMessageRules(body)).toThrow(TypeError);
  });
});
