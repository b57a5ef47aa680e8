import { authTimeSeconds, describeElapsed } from './elapsed-time';

const NOW = 1_764_410_400;

describe('describeElapsed', () => {
  it.each([
    { description: 'a few seconds', elapsed: 5, expected: 'just now' },
    { description: 'a small clock skew', elapsed: -30, expected: 'just now' },
    { description: 'one minute', elapsed: 60, expected: '1 minute ago' },
    { description: 'just under an hour', elapsed: 59 * 60 + 59, expected: '59 minutes ago' },
    { description: 'one hour', elapsed: 3600, expected: '1 hour ago' },
    { description: 'five hours', elapsed: 5 * 3600 + 120, expected: '5 hours ago' },
    { description: 'one day', elapsed: 86_400, expected: '1 day ago' },
    { description: 'three days', elapsed: 3 * 86_400, expected: '3 days ago' },
    { description: 'a time well in the future', elapsed: -600, expected: 'in the future (check your clock)' },
  ])('says "$expected" for $description', ({ elapsed, expected }) => {
    expect(describeElapsed(NOW - elapsed, NOW)).toBe(expected);
  });
});

describe('authTimeSeconds', () => {
  it.each([
    { input: NOW, expected: NOW },
    { input: undefined, expected: null },
    { input: '1764410400', expected: null },
    { input: Number.NaN, expected: null },
    { input: 0, expected: null },
  ])('reads $input as $expected', ({ input, expected }) => {
    expect(authTimeSeconds(input)).toBe(expected);
  });
});
