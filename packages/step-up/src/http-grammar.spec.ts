import { isQuotableChar, isToken, isToken68 } from './http-grammar';

describe('isToken', () => {
  const cases: ReadonlyArray<{ description: string; input: string; expected: boolean }> = [
    {
      description: 'letters, digits and underscores form a token',
      input: 'error_description',
      expected: true,
    },
    { description: 'every tchar symbol is allowed', input: "!#$%&'*+-.^_`|~", expected: true },
    { description: 'an empty string is not a token', input: '', expected: false },
    { description: 'a space is not allowed', input: 'a b', expected: false },
    { description: 'separators are not allowed', input: 'a=b', expected: false },
    { description: 'a slash is not allowed', input: 'a/b', expected: false },
    { description: 'a quote is not allowed', input: '"a"', expected: false },
    { description: 'a non-ASCII letter is not allowed', input: 'é', expected: false },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(isToken(input)).toBe(expected);
  });
});

describe('isToken68', () => {
  const cases: ReadonlyArray<{ description: string; input: string; expected: boolean }> = [
    { description: 'a base64url JWT segment is a token68', input: 'eyJhbGciOiJSUzI1NiJ9', expected: true },
    { description: 'base64 with padding is a token68', input: 'YWxpY2U6d29uZGVybGFuZA==', expected: true },
    { description: 'every token68 character is allowed', input: 'aZ09-._~+/', expected: true },
    { description: 'padding alone is not a token68', input: '==', expected: false },
    { description: 'padding in the middle is not allowed', input: 'ab=cd', expected: false },
    { description: 'an empty string is not a token68', input: '', expected: false },
    { description: 'a tchar outside token68 is not allowed', input: 'a!b', expected: false },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(isToken68(input)).toBe(expected);
  });
});

describe('isQuotableChar', () => {
  const cases: ReadonlyArray<{ description: string; input: number; expected: boolean }> = [
    { description: 'a horizontal tab may be quoted', input: 0x09, expected: true },
    { description: 'a space may be quoted', input: 0x20, expected: true },
    { description: 'a visible ASCII character may be quoted', input: 0x7e, expected: true },
    { description: 'obs-text may be quoted', input: 0xff, expected: true },
    { description: 'NUL may not be quoted', input: 0x00, expected: false },
    { description: 'LF may not be quoted', input: 0x0a, expected: false },
    { description: 'CR may not be quoted', input: 0x0d, expected: false },
    { description: 'DEL may not be quoted', input: 0x7f, expected: false },
    { description: 'a C1 control counts as obs-text and may be quoted', input: 0x85, expected: true },
    { description: 'a character beyond Latin-1 may not be quoted', input: 0x100, expected: false },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(isQuotableChar(input)).toBe(expected);
  });
});
