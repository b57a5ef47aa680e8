import { parseWwwAuthenticate, type Challenge } from './challenge-parse';
import { growthRatio } from './testing/growth-ratio';

const stepUp = 'error="insufficient_user_authentication"';

describe('parseWwwAuthenticate', () => {
  const cases: ReadonlyArray<{ description: string; input: string; expected: Challenge[] }> = [
    { description: 'an empty value has no challenges', input: '', expected: [] },
    { description: 'whitespace and commas alone have no challenges', input: ' , ,\t, ', expected: [] },
    {
      description: 'a single Bearer challenge is read with its parameters',
      input: 'Bearer realm="api", error="invalid_token"',
      expected: [{ scheme: 'bearer', params: { realm: 'api', error: 'invalid_token' } }],
    },
    {
      description: 'several challenges in one value are told apart',
      input: `Basic realm="a", Bearer ${stepUp}, acr_values="urn:okta:loa:2fa:any phr"`,
      expected: [
        { scheme: 'basic', params: { realm: 'a' } },
        {
          scheme: 'bearer',
          params: { error: 'insufficient_user_authentication', acr_values: 'urn:okta:loa:2fa:any phr' },
        },
      ],
    },
    {
      description: 'commas and equals signs inside quoted values stay in the value',
      input: 'Bearer scope="urn:example:channel=HBO&urn:example:rating=G,PG-13", realm="a, b=c"',
      expected: [
        {
          scheme: 'bearer',
          params: { scope: 'urn:example:channel=HBO&urn:example:rating=G,PG-13', realm: 'a, b=c' },
        },
      ],
    },
    {
      description: 'escaped quotes and backslashes are unescaped',
      input: 'Bearer error_description="say \\"hi\\" to C:\\\\dir", realm="\\a\\b"',
      expected: [{ scheme: 'bearer', params: { error_description: 'say "hi" to C:\\dir', realm: 'ab' } }],
    },
    {
      description: 'unquoted token values are accepted',
      input: 'Bearer error=invalid_token, max_age=300',
      expected: [{ scheme: 'bearer', params: { error: 'invalid_token', max_age: '300' } }],
    },
    {
      description: 'max_age may be quoted or not and reads the same',
      input: 'Bearer max_age="300", Bearer max_age=300',
      expected: [
        { scheme: 'bearer', params: { max_age: '300' } },
        { scheme: 'bearer', params: { max_age: '300' } },
      ],
    },
    {
      description: 'extra whitespace around separators and equals signs is ignored',
      input: '  Bearer   realm = "api" ,\terror =\tinvalid_token  ,  Basic  realm="b"  ',
      expected: [
        { scheme: 'bearer', params: { realm: 'api', error: 'invalid_token' } },
        { scheme: 'basic', params: { realm: 'b' } },
      ],
    },
    {
      description: 'empty list elements are skipped, between parameters and between challenges',
      input: ', , Bearer realm="api", , error="invalid_token",, ,Basic realm="b", ,',
      expected: [
        { scheme: 'bearer', params: { realm: 'api', error: 'invalid_token' } },
        { scheme: 'basic', params: { realm: 'b' } },
      ],
    },
    {
      description: 'scheme and parameter names are lower-cased, values are kept as sent',
      input: 'BEARER Realm="API", ERROR="Invalid_Token"',
      expected: [{ scheme: 'bearer', params: { realm: 'API', error: 'Invalid_Token' } }],
    },
    {
      description: 'a token68 credential is told apart from parameters',
      input: 'Negotiate a87421000492aa874209af8bc028, Basic abc==, Bearer realm="x"',
      expected: [
        { scheme: 'negotiate', token68: 'a87421000492aa874209af8bc028', params: {} },
        { scheme: 'basic', token68: 'abc==', params: {} },
        { scheme: 'bearer', params: { realm: 'x' } },
      ],
    },
    {
      description: 'a token68 may use every token68 character',
      input: 'Custom aZ09-._~+/==',
      expected: [{ scheme: 'custom', token68: 'aZ09-._~+/==', params: {} }],
    },
    {
      description: 'a token68 that looks like a parameter without a value is a token68',
      input: 'Custom realm=',
      expected: [{ scheme: 'custom', token68: 'realm=', params: {} }],
    },
    {
      description: 'parameters after a token68 belong to no challenge and are ignored',
      input: 'Custom abc, realm="x", Bearer error="invalid_token"',
      expected: [
        { scheme: 'custom', token68: 'abc', params: {} },
        { scheme: 'bearer', params: { error: 'invalid_token' } },
      ],
    },
    {
      description: 'challenges without parameters are read',
      input: 'Bearer, Basic, Negotiate',
      expected: [
        { scheme: 'bearer', params: {} },
        { scheme: 'basic', params: {} },
        { scheme: 'negotiate', params: {} },
      ],
    },
    {
      description: 'an empty quoted value is an empty string',
      input: 'Bearer realm=""',
      expected: [{ scheme: 'bearer', params: { realm: '' } }],
    },
    {
      description: 'Latin-1 and characters beyond it inside quotes are kept',
      input: 'Bearer error_description="café ☃"',
      expected: [{ scheme: 'bearer', params: { error_description: 'café ☃' } }],
    },
    {
      description: 'the example header of the post, folded over three lines, is read',
      input:
        'Bearer error="insufficient_user_authentication",\r\n  error_description="A different authentication level is required",\n  acr_values="elevated"',
      expected: [
        {
          scheme: 'bearer',
          params: {
            error: 'insufficient_user_authentication',
            error_description: 'A different authentication level is required',
            acr_values: 'elevated',
          },
        },
      ],
    },
    {
      description: 'the header the post sends, without spaces after commas, is read',
      input: `Bearer ${stepUp},error_description="A different authentication level is required",acr_values="urn:okta:loa:2fa:any"`,
      expected: [
        {
          scheme: 'bearer',
          params: {
            error: 'insufficient_user_authentication',
            error_description: 'A different authentication level is required',
            acr_values: 'urn:okta:loa:2fa:any',
          },
        },
      ],
    },
    {
      description: 'parameters separated only by a comma after a bare scheme still belong to it',
      input: 'Bearer,realm="api"',
      expected: [{ scheme: 'bearer', params: { realm: 'api' } }],
    },
    {
      description: 'a prototype-like parameter name is an ordinary parameter',
      input: 'Bearer __proto__="x", constructor="y"',
      expected: [{ scheme: 'bearer', params: { ['__proto__']: 'x', constructor: 'y' } }],
    },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(parseWwwAuthenticate(input)).toEqual(expected);
  });

  const malformed: ReadonlyArray<{ description: string; input: string; expected: Challenge[] }> = [
    {
      description: 'an unterminated quoted string drops its challenge and ends parsing',
      input: 'Basic realm="a", Bearer error="insufficient_user_authentication, acr_values="phr"',
      expected: [{ scheme: 'basic', params: { realm: 'a' } }],
    },
    {
      description: 'a quoted string ending in a lone backslash is unterminated',
      input: 'Bearer realm="abc\\',
      expected: [],
    },
    {
      description: 'a repeated parameter makes the challenge ambiguous, so it is dropped',
      input: 'Bearer error="invalid_token", ERROR="insufficient_user_authentication", Basic realm="b"',
      expected: [{ scheme: 'basic', params: { realm: 'b' } }],
    },
    {
      description: 'a parameter without a value drops its challenge',
      input: 'Bearer error="invalid_token", realm=, Basic realm="b"',
      expected: [{ scheme: 'basic', params: { realm: 'b' } }],
    },
    {
      description: 'text after a value drops the challenge, and parsing resumes at the next challenge',
      input: 'Bearer realm="a" junk, error="x", Basic realm="b"',
      expected: [{ scheme: 'basic', params: { realm: 'b' } }],
    },
    {
      description: 'a scheme glued to a quote is malformed',
      input: 'Bearer"realm", Basic realm="b"',
      expected: [{ scheme: 'basic', params: { realm: 'b' } }],
    },
    {
      description: 'two bare words are neither a token68 nor a parameter',
      input: 'Bearer abc def',
      expected: [],
    },
    {
      description: 'a control character inside quotes drops the challenge',
      input: 'Bearer realm="a\u0000b", Basic realm="b"',
      expected: [{ scheme: 'basic', params: { realm: 'b' } }],
    },
    {
      description: 'a line break not followed by whitespace is not a fold, so what follows it is ignored',
      input: 'Bearer realm="a",\r\nerror="b"',
      expected: [{ scheme: 'bearer', params: { realm: 'a' } }],
    },
    {
      description: 'a value that is neither a token nor a quoted string drops the challenge',
      input: 'Bearer realm=abc==, Basic realm="b"',
      expected: [{ scheme: 'basic', params: { realm: 'b' } }],
    },
    {
      description: 'garbage yields no challenges',
      input: '"}{@;:<>?/[]',
      expected: [],
    },
    {
      description: 'garbage between challenges is skipped',
      input: 'Basic realm="a", @@@ ###, Bearer error="invalid_token"',
      expected: [
        { scheme: 'basic', params: { realm: 'a' } },
        { scheme: 'bearer', params: { error: 'invalid_token' } },
      ],
    },
    {
      description: 'garbage after a challenge closes it, so the parameters that follow are ignored',
      input: 'Bearer error="invalid_token", "junk", realm="x"',
      expected: [{ scheme: 'bearer', params: { error: 'invalid_token' } }],
    },
    {
      description: 'parameters before any scheme are ignored',
      input: 'realm="a", error="b", Bearer realm="c"',
      expected: [{ scheme: 'bearer', params: { realm: 'c' } }],
    },
  ];

  it.each(malformed)('$description', ({ input, expected }) => {
    expect(parseWwwAuthenticate(input)).toEqual(expected);
  });

  it('returns no challenges for a value that is not a string', () => {
    expect(parseWwwAuthenticate(undefined as unknown as string)).toEqual([]);
    expect(parseWwwAuthenticate(['Bearer'] as unknown as string)).toEqual([]);
  });

  // Each hostile value as a function of its length, so it can be parsed at two sizes: the time must grow like
  // the input (linear), not like its square, whatever the machine's speed. Raw speed is `npm run bench`'s job.
  const hostile: ReadonlyArray<{ description: string; make: (length: number) => string }> = [
    { description: 'quotes', make: (n) => '"'.repeat(n) },
    { description: 'backslashes', make: (n) => '\\'.repeat(n) },
    { description: 'commas', make: (n) => ','.repeat(n) },
    {
      description: 'an unterminated quoted value full of escapes',
      make: (n) => `Bearer realm="${'\\"'.repeat(n / 2)}`,
    },
    { description: 'bare words', make: (n) => 'a '.repeat(n / 2) },
    { description: 'orphan parameters', make: (n) => 'a=b,'.repeat(n / 4) },
    { description: 'quote-comma pairs', make: (n) => '",'.repeat(n / 2) },
    { description: 'equals signs after a scheme', make: (n) => `Custom ${'='.repeat(n)}` },
    { description: 'a long token68 followed by a stray word', make: (n) => `Custom ${'a'.repeat(n)} b` },
    { description: 'repeated parameters', make: (n) => `Bearer ${'a="b", '.repeat(n / 8)}` },
  ];

  it.each(hostile)('parses 100 kB of $description without throwing', ({ make }) => {
    expect(() => parseWwwAuthenticate(make(100_000))).not.toThrow();
  });

  it.each(hostile)('parses $description in time that grows linearly with the length', ({ make }) => {
    // 16 times the input: about 16 times the time when linear, about 256 times when quadratic.
    expect(growthRatio(parseWwwAuthenticate, make, 16_000, 16)).toBeLessThan(64);
  });

  it('parses many valid challenges in one long value', () => {
    const challenges = parseWwwAuthenticate('Bearer realm="a", '.repeat(5_000));
    expect(challenges).toHaveLength(5_000);
    expect(challenges[4_999]).toEqual({ scheme: 'bearer', params: { realm: 'a' } });
  });
});
