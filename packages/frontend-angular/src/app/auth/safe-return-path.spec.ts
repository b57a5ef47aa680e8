import { safeReturnPath } from './safe-return-path';

const ORIGIN = 'http://localhost:4200';

describe('safeReturnPath', () => {
  it.each([
    { description: 'keeps an in-app path', input: '/messages', expected: '/messages' },
    {
      description: 'keeps query and fragment',
      input: '/messages?page=2#latest',
      expected: '/messages?page=2#latest',
    },
    { description: 'keeps the home page', input: '/', expected: '/' },
    {
      description: 'keeps an encoded character that is not a separator',
      input: '/transactions?payee=Caf%C3%A9%20Noir',
      expected: '/transactions?payee=Caf%C3%A9%20Noir',
    },
    {
      description: 'keeps a literal percent sign that encodes nothing',
      input: '/transactions?memo=100%',
      expected: '/transactions?memo=100%',
    },
    {
      description: 'normalises harmless dot segments',
      input: '/profile/../messages',
      expected: '/messages',
    },
  ])('$description', ({ input, expected }) => {
    expect(safeReturnPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    { description: 'no value', input: undefined },
    { description: 'null', input: null },
    { description: 'an empty value', input: '' },
    { description: 'a value that is not a string', input: { pathname: '/profile' } },
    { description: 'a path without a leading slash', input: 'profile' },
    { description: 'another origin', input: 'https://evil.example/profile' },
    { description: 'an absolute URL, even on this origin', input: `${ORIGIN}/profile` },
    { description: 'another port on the same host', input: 'http://localhost:4300/profile' },
    { description: 'a protocol-relative URL', input: '//evil.example' },
    { description: 'three slashes', input: '///evil.example' },
    { description: 'a backslash that browsers read as a slash', input: '/\\evil.example' },
    { description: 'a leading backslash', input: '\\\\evil.example' },
    { description: 'a javascript: URL', input: 'javascript:alert(1)' },
    { description: 'a data: URL', input: 'data:text/html,<script>alert(1)</script>' },
    { description: 'an encoded protocol-relative URL', input: '/%2F%2Fevil.example' },
    { description: 'an encoded protocol-relative URL in lower case', input: '/%2f%2fevil.example' },
    { description: 'a doubly encoded protocol-relative URL', input: '/%252F%252Fevil.example' },
    { description: 'an encoded backslash', input: '/%5Cevil.example' },
    { description: 'a doubly encoded backslash', input: '/%255Cevil.example' },
    { description: 'a tab that URL parsers drop', input: '/\t/evil.example' },
    { description: 'a newline', input: '/\n/evil.example' },
    { description: 'an encoded newline', input: '/%0A/evil.example' },
    { description: 'a NUL character', input: '/profile\u0000' },
    { description: 'a C1 control character', input: '/profile\u0085' },
    { description: 'dot segments that normalise to a protocol-relative path', input: '/.//evil.example' },
    {
      description: 'parent segments that normalise to a protocol-relative path',
      input: '/a/..//evil.example',
    },
    { description: 'the callback', input: '/login/callback?code=abc&state=xyz' },
    { description: 'a path below the callback', input: '/login/callback/extra' },
    { description: 'the callback reached through dot segments', input: '/profile/../login/callback' },
    { description: 'the callback with an encoded slash', input: '/login%2Fcallback' },
    { description: 'a value longer than any path this app makes', input: `/${'a'.repeat(2048)}` },
  ])('falls back to home for $description', ({ input }) => {
    expect(safeReturnPath(input, ORIGIN)).toBe('/');
  });
});
