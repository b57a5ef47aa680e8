import { BearerChallengeMemo, formatBearerChallenge, type BearerChallengeParams } from './challenge-format';

const cases: ReadonlyArray<{ description: string; input: BearerChallengeParams; expected: string }> = [
  { description: 'no parameters give the bare scheme', input: {}, expected: 'Bearer' },
  {
    description: 'only undefined parameters give the bare scheme',
    input: { realm: undefined },
    expected: 'Bearer',
  },
  { description: 'a realm is quoted', input: { realm: 'api' }, expected: 'Bearer realm="api"' },
  {
    description: 'an empty value is an empty quoted-string',
    input: { realm: '' },
    expected: 'Bearer realm=""',
  },
  {
    description: 'parameters keep insertion order and are separated by a comma and a space',
    input: { realm: 'api', error: 'invalid_token', error_description: 'The token expired' },
    expected: 'Bearer realm="api", error="invalid_token", error_description="The token expired"',
  },
  {
    description: 'undefined parameters are skipped wherever they appear',
    input: {
      realm: undefined,
      error: 'insufficient_scope',
      error_description: undefined,
      scope: 'read write',
    },
    expected: 'Bearer error="insufficient_scope", scope="read write"',
  },
  {
    description: 'a number is a quoted-string of digits',
    input: { max_age: 300 },
    expected: 'Bearer max_age="300"',
  },
  { description: 'zero is a valid number', input: { max_age: 0 }, expected: 'Bearer max_age="0"' },
  {
    description: 'a double quote is escaped',
    input: { realm: 'say "hi"' },
    expected: 'Bearer realm="say \\"hi\\""',
  },
  {
    description: 'a backslash is escaped',
    input: { realm: 'C:\\dir\\' },
    expected: 'Bearer realm="C:\\\\dir\\\\"',
  },
  {
    description: 'commas and equals signs are kept inside the quotes',
    input: { scope: 'a=b, c' },
    expected: 'Bearer scope="a=b, c"',
  },
  { description: 'a horizontal tab is allowed', input: { realm: 'a\tb' }, expected: 'Bearer realm="a\tb"' },
  {
    description: 'Latin-1 characters are allowed',
    input: { realm: 'café' },
    expected: 'Bearer realm="café"',
  },
  {
    description: 'any token is a valid parameter name',
    input: { "x-!#$%&'*+.^_`|~1": 'v' },
    expected: 'Bearer x-!#$%&\'*+.^_`|~1="v"',
  },
];

describe('formatBearerChallenge', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(formatBearerChallenge(input)).toBe(expected);
  });

  it('escapes every quote and backslash of a value, wherever they stand', () => {
    expect(formatBearerChallenge({ error_description: '"a\\"b\\\\c""' })).toBe(
      'Bearer error_description="\\"a\\\\\\"b\\\\\\\\c\\"\\""',
    );
  });

  const refusedValues: ReadonlyArray<{ description: string; input: string; expected: string }> = [
    { description: 'a CR LF pair (header injection)', input: 'x"\r\nSet-Cookie: a=b', expected: 'U+000D' },
    { description: 'a lone LF', input: 'a\nb', expected: 'U+000A' },
    { description: 'a lone CR', input: 'a\rb', expected: 'U+000D' },
    { description: 'NUL', input: 'a\0b', expected: 'U+0000' },
    { description: 'another control character', input: 'a\u001bb', expected: 'U+001B' },
    { description: 'DEL', input: 'a\u007fb', expected: 'U+007F' },
    { description: 'a character beyond Latin-1', input: 'snow \u2603', expected: 'U+2603' },
    { description: 'an emoji (surrogate pair)', input: 'hi \u{1f600}', expected: 'U+D83D' },
  ];

  it.each(refusedValues)('refuses a value containing $description', ({ input, expected }) => {
    expect(() => formatBearerChallenge({ realm: 'api', error_description: input })).toThrow(
      new TypeError(
        `Challenge parameter error_description holds ${expected}, which cannot appear in a header field`,
      ),
    );
  });

  const refusedNames: ReadonlyArray<{ description: string; input: string }> = [
    { description: 'an empty name', input: '' },
    { description: 'a name with a space', input: 'error description' },
    { description: 'a name with an equals sign', input: 'a=b' },
    { description: 'a name with a comma', input: 'a,b' },
    { description: 'a name with a quote', input: 'a"' },
    { description: 'a name with CR LF', input: 'a\r\nX-Injected' },
    { description: 'a name with a non-ASCII letter', input: 'réalm' },
  ];

  it.each(refusedNames)('refuses $description', ({ input }) => {
    expect(() => formatBearerChallenge({ [input]: 'v' })).toThrow(
      new TypeError(`Challenge parameter name ${JSON.stringify(input)} is not an RFC 9110 token`),
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses the number %p', (input) => {
    expect(() => formatBearerChallenge({ max_age: input })).toThrow(
      new TypeError(`Challenge parameter max_age must be a non-negative integer, received ${input}`),
    );
  });

  it('refuses a value that is neither a string nor a number', () => {
    expect(() => formatBearerChallenge({ realm: null as unknown as string })).toThrow(
      new TypeError('Challenge parameter realm must be a string or a number'),
    );
  });
});

describe('BearerChallengeMemo', () => {
  it.each(cases)(
    'renders as formatBearerChallenge does, the first time and when remembered: $description',
    ({ input, expected }) => {
      const memo = new BearerChallengeMemo();

      expect([memo.format(input), memo.format({ ...input })]).toEqual([expected, expected]);
    },
  );

  it('remembers one string per distinct set of parameters', () => {
    const memo = new BearerChallengeMemo();

    memo.format({ realm: 'api', error: 'invalid_token' });
    memo.format({ realm: 'api', error: 'invalid_token' });
    memo.format({ realm: 'api', error: 'invalid_token', error_description: undefined });

    expect(memo.size).toBe(1);
  });

  it('answers a parameter added to a remembered challenge with a new challenge, never the remembered one', () => {
    const memo = new BearerChallengeMemo();
    const params = { realm: 'api', error: 'insufficient_user_authentication', acr_values: 'phr' };

    const before = memo.format(params);
    const after = memo.format({ ...params, max_age: 300 });

    expect([before, after]).toEqual([
      'Bearer realm="api", error="insufficient_user_authentication", acr_values="phr"',
      'Bearer realm="api", error="insufficient_user_authentication", acr_values="phr", max_age="300"',
    ]);
  });

  it.each([
    {
      description: 'a value that holds what would separate two parameters',
      input: [{ realm: 'a", error="b' }, { realm: 'a', error: 'b' }],
      expected: ['Bearer realm="a\\", error=\\"b"', 'Bearer realm="a", error="b"'],
    },
    {
      description: 'the same values under other names',
      input: [
        { realm: 'api', error: 'x' },
        { realm: 'api', scope: 'x' },
      ],
      expected: ['Bearer realm="api", error="x"', 'Bearer realm="api", scope="x"'],
    },
    {
      description: 'the same parameters in another order',
      input: [
        { realm: 'api', error: 'x' },
        { error: 'x', realm: 'api' },
      ],
      expected: ['Bearer realm="api", error="x"', 'Bearer error="x", realm="api"'],
    },
  ])('tells apart $description', ({ input, expected }) => {
    const memo = new BearerChallengeMemo();

    expect([...input, ...input].map((params) => memo.format(params))).toEqual([...expected, ...expected]);
  });

  it('refuses what formatBearerChallenge refuses every time, and remembers none of it', () => {
    const memo = new BearerChallengeMemo();
    const refused: BearerChallengeParams[] = [
      { realm: 'api"\r\nX-Injected: 1' },
      { 'a b': 'v' },
      { max_age: -1 },
      { realm: null as unknown as string },
    ];

    for (const params of [...refused, ...refused]) {
      expect(() => memo.format(params)).toThrow(TypeError);
    }
    expect(memo.size).toBe(0);
  });

  it('renders challenges beyond its bound each time, without remembering them', () => {
    const memo = new BearerChallengeMemo(2);

    const challenges = ['a', 'b', 'c', 'c'].map((realm) => memo.format({ realm }));

    expect(challenges).toEqual([
      'Bearer realm="a"',
      'Bearer realm="b"',
      'Bearer realm="c"',
      'Bearer realm="c"',
    ]);
    expect(memo.size).toBe(2);
  });
});
