import { maskEmail } from './mask-email.js';

describe('maskEmail', () => {
  it.each([
    { input: 'alice@example.com', expected: 'a•••@example.com' },
    { input: 'b@example.com', expected: 'b•••@example.com' },
    { input: 'émile@example.fr', expected: 'é•••@example.fr' },
    { input: 'not-an-address', expected: '•••' },
    { input: '@example.com', expected: '•••' },
  ])('shows $input as $expected', ({ input, expected }) => {
    expect(maskEmail(input)).toBe(expected);
  });
});
