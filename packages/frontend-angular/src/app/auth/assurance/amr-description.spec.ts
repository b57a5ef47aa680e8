import { describeMethods, joinWords } from './amr-description';

describe('describeMethods', () => {
  it.each([
    { description: 'password and email code', input: ['pwd', 'email'], expected: ['password', 'email code'] },
    {
      description: 'leaves out mfa, which names no method',
      input: ['pwd', 'otp', 'mfa'],
      expected: ['password', 'one-time code'],
    },
    {
      description: 'names a passkey sign-in',
      input: ['swk', 'user', 'mfa'],
      expected: ['passkey', 'presence check'],
    },
    {
      description: 'names a hardware-bound key',
      input: ['hwk', 'user'],
      expected: ['hardware security key', 'presence check'],
    },
    {
      description: 'shows unknown values as they are',
      input: ['pwd', 'x-custom'],
      expected: ['password', 'other method (x-custom)'],
    },
    { description: 'drops duplicates', input: ['pwd', 'pwd'], expected: ['password'] },
    { description: 'skips values that are not strings', input: ['pwd', 7, null, ''], expected: ['password'] },
    { description: 'is empty without an amr claim', input: undefined, expected: [] },
    { description: 'is empty for a string instead of an array', input: 'pwd', expected: [] },
  ])('$description', ({ input, expected }) => {
    expect(describeMethods(input)).toEqual(expected);
  });
});

describe('joinWords', () => {
  it.each([
    { input: [], expected: '' },
    { input: ['password'], expected: 'password' },
    { input: ['password', 'email code'], expected: 'password and email code' },
    { input: ['password', 'PIN', 'email code'], expected: 'password, PIN and email code' },
  ])('joins $input as "$expected"', ({ input, expected }) => {
    expect(joinWords(input)).toBe(expected);
  });
});
