import { MESSAGE_MAX_LENGTH, messageLength, messageTextProblem } from './message-text';

describe('messageTextProblem', () => {
  it.each([
    { description: 'accepts one character', text: 'a', expected: null },
    { description: 'accepts exactly the maximum', text: 'x'.repeat(MESSAGE_MAX_LENGTH), expected: null },
    {
      description: 'counts an emoji once, as the API does',
      text: '🙂'.repeat(MESSAGE_MAX_LENGTH),
      expected: null,
    },
    {
      description: 'ignores surrounding spaces, as the API trims them',
      text: `  ${'x'.repeat(MESSAGE_MAX_LENGTH)}  `,
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
      text: 'x'.repeat(MESSAGE_MAX_LENGTH + 1),
      expected: 'A message can have at most 280 characters. Remove 1 character.',
    },
    {
      description: 'refuses several characters too many',
      text: 'x'.repeat(MESSAGE_MAX_LENGTH + 5),
      expected: 'A message can have at most 280 characters. Remove 5 characters.',
    },
  ])('$description', ({ text, expected }) => {
    expect(messageTextProblem(text)).toBe(expected);
  });

  it('counts CRLF as one line break', () => {
    expect(messageLength('a\r\nb')).toBe(3);
  });
});
