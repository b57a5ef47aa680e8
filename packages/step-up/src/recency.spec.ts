import { AUTH_TIME_CLOCK_SKEW_SECONDS, isAuthenticationRecent } from './recency';

const now = 1_750_000_000;

describe('isAuthenticationRecent', () => {
  const cases: ReadonlyArray<{
    description: string;
    input: { authTime: unknown; maxAge: number };
    expected: boolean;
  }> = [
    {
      description: 'an authentication one second ago is recent for max_age 300',
      input: { authTime: now - 1, maxAge: 300 },
      expected: true,
    },
    {
      description: 'an authentication exactly max_age seconds ago is still recent',
      input: { authTime: now - 300, maxAge: 300 },
      expected: true,
    },
    {
      description: 'an authentication one second older than max_age is not recent',
      input: { authTime: now - 301, maxAge: 300 },
      expected: false,
    },
    {
      description: 'a fractional auth_time just inside max_age is recent',
      input: { authTime: now - 299.5, maxAge: 300 },
      expected: true,
    },
    {
      description: 'a fractional auth_time just outside max_age is not recent',
      input: { authTime: now - 300.5, maxAge: 300 },
      expected: false,
    },
    {
      description: 'max_age 0 accepts an authentication in the same second',
      input: { authTime: now, maxAge: 0 },
      expected: true,
    },
    {
      description: 'max_age 0 refuses an authentication one second ago',
      input: { authTime: now - 1, maxAge: 0 },
      expected: false,
    },
    {
      description: 'an auth_time slightly ahead of the clock is tolerated',
      input: { authTime: now + 5, maxAge: 0 },
      expected: true,
    },
    {
      description: 'an auth_time exactly the allowed skew ahead is tolerated',
      input: { authTime: now + AUTH_TIME_CLOCK_SKEW_SECONDS, maxAge: 60 },
      expected: true,
    },
    {
      description: 'an auth_time beyond the allowed skew is suspicious, not recent',
      input: { authTime: now + AUTH_TIME_CLOCK_SKEW_SECONDS + 1, maxAge: 3600 },
      expected: false,
    },
    {
      description: 'an auth_time years ahead is not recent',
      input: { authTime: now * 2, maxAge: Number.MAX_SAFE_INTEGER },
      expected: false,
    },
    {
      description: 'the epoch itself is recent when max_age spans it',
      input: { authTime: 0, maxAge: now },
      expected: true,
    },
    {
      description: 'a missing auth_time is not recent',
      input: { authTime: undefined, maxAge: 300 },
      expected: false,
    },
    {
      description: 'a null auth_time is not recent',
      input: { authTime: null, maxAge: 300 },
      expected: false,
    },
    {
      description: 'a numeric string auth_time is not recent',
      input: { authTime: String(now), maxAge: 300 },
      expected: false,
    },
    {
      description: 'a NaN auth_time is not recent',
      input: { authTime: Number.NaN, maxAge: 300 },
      expected: false,
    },
    {
      description: 'an infinite auth_time is not recent',
      input: { authTime: Number.POSITIVE_INFINITY, maxAge: 300 },
      expected: false,
    },
    {
      description: 'a negatively infinite auth_time is not recent',
      input: { authTime: Number.NEGATIVE_INFINITY, maxAge: Number.MAX_SAFE_INTEGER },
      expected: false,
    },
    {
      description: 'a negative auth_time is not recent',
      input: { authTime: -1, maxAge: Number.MAX_SAFE_INTEGER },
      expected: false,
    },
    {
      description: 'a boolean auth_time is not recent',
      input: { authTime: true, maxAge: 300 },
      expected: false,
    },
    {
      description: 'a bigint auth_time is not recent',
      input: { authTime: BigInt(now), maxAge: 300 },
      expected: false,
    },
    {
      description: 'an auth_time wrapped in an object is not recent',
      input: { authTime: { valueOf: () => now }, maxAge: 300 },
      expected: false,
    },
  ];

  it.each(cases)('$description', ({ input: { authTime, maxAge }, expected }) => {
    expect(isAuthenticationRecent(authTime, maxAge, now)).toBe(expected);
  });

  const badMaxAges: ReadonlyArray<{ description: string; input: number }> = [
    { description: 'a negative max_age', input: -1 },
    { description: 'a fractional max_age', input: 1.5 },
    { description: 'a NaN max_age', input: Number.NaN },
    { description: 'an infinite max_age', input: Number.POSITIVE_INFINITY },
    { description: 'a max_age beyond safe integers', input: 2 ** 53 },
    { description: 'a string max_age', input: '300' as unknown as number },
  ];

  it.each(badMaxAges)('throws a TypeError for $description, a programming error', ({ input }) => {
    expect(() => isAuthenticationRecent(now, input, now)).toThrow(
      new TypeError(`maxAgeSeconds must be a non-negative integer, received ${String(input)}`),
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '1750000000' as unknown as number])(
    'throws a TypeError when the current time is %p',
    (badNow) => {
      expect(() => isAuthenticationRecent(now, 300, badNow)).toThrow(TypeError);
    },
  );

  it('allows one minute of clock skew', () => {
    expect(AUTH_TIME_CLOCK_SKEW_SECONDS).toBe(60);
  });
});
