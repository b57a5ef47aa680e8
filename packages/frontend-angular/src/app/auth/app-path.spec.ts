import { appPath } from './app-path';

const ORIGIN = 'http://localhost:4200';

describe('appPath', () => {
  it.each([
    { description: 'keeps an in-app path', input: '/messages', expected: '/messages' },
    {
      description: 'keeps query and fragment',
      input: '/messages?page=2#latest',
      expected: '/messages?page=2#latest',
    },
    {
      description: 'reduces a same-origin absolute URL to its path',
      input: `${ORIGIN}/profile`,
      expected: '/profile',
    },
    { description: 'falls back to home without a value', input: undefined, expected: '/' },
    { description: 'falls back to home for an empty value', input: '', expected: '/' },
    { description: 'refuses another origin', input: 'https://evil.example/profile', expected: '/' },
    { description: 'refuses a protocol-relative URL', input: '//evil.example/profile', expected: '/' },
    {
      description: 'refuses another port on the same host',
      input: 'http://localhost:4300/profile',
      expected: '/',
    },
    { description: 'refuses a javascript: URL', input: 'javascript:alert(1)', expected: '/' },
    {
      description: 'never returns to the callback',
      input: '/login/callback?code=abc&state=xyz',
      expected: '/',
    },
    { description: 'never returns below the callback', input: '/login/callback/extra', expected: '/' },
    {
      description: 'normalises dot segments before deciding',
      input: '/profile/../login/callback',
      expected: '/',
    },
  ])('$description', ({ input, expected }) => {
    expect(appPath(input, ORIGIN)).toBe(expected);
  });
});
