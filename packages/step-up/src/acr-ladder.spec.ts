import { OktaAcr, parseAcrValues, satisfiesAcr, satisfiesAnyAcr } from './acr-ladder';

const {
  OneFactorAny,
  Password,
  TwoFactor,
  TwoFactorIfPossible,
  PhishingResistant,
  PhishingResistantHardware,
} = OktaAcr;

describe('satisfiesAcr', () => {
  // Every pair of ladder values, for a token without amr: [token acr, required acr, satisfied].
  const ladder: ReadonlyArray<[string, string, boolean]> = [
    [OneFactorAny, OneFactorAny, true],
    [OneFactorAny, Password, false],
    [OneFactorAny, TwoFactor, false],
    [OneFactorAny, TwoFactorIfPossible, false],
    [OneFactorAny, PhishingResistant, false],
    [OneFactorAny, PhishingResistantHardware, false],
    [Password, OneFactorAny, true],
    [Password, Password, true],
    [Password, TwoFactor, false],
    [Password, TwoFactorIfPossible, false],
    [Password, PhishingResistant, false],
    [Password, PhishingResistantHardware, false],
    [TwoFactor, OneFactorAny, true],
    [TwoFactor, Password, true],
    [TwoFactor, TwoFactor, true],
    [TwoFactor, TwoFactorIfPossible, true],
    [TwoFactor, PhishingResistant, false],
    [TwoFactor, PhishingResistantHardware, false],
    [TwoFactorIfPossible, OneFactorAny, true],
    [TwoFactorIfPossible, Password, false],
    [TwoFactorIfPossible, TwoFactor, false],
    [TwoFactorIfPossible, TwoFactorIfPossible, true],
    [TwoFactorIfPossible, PhishingResistant, false],
    [TwoFactorIfPossible, PhishingResistantHardware, false],
    [PhishingResistant, OneFactorAny, true],
    [PhishingResistant, Password, true],
    [PhishingResistant, TwoFactor, true],
    [PhishingResistant, TwoFactorIfPossible, true],
    [PhishingResistant, PhishingResistant, true],
    [PhishingResistant, PhishingResistantHardware, false],
    [PhishingResistantHardware, OneFactorAny, true],
    [PhishingResistantHardware, Password, true],
    [PhishingResistantHardware, TwoFactor, true],
    [PhishingResistantHardware, TwoFactorIfPossible, true],
    [PhishingResistantHardware, PhishingResistant, true],
    [PhishingResistantHardware, PhishingResistantHardware, true],
  ];

  it.each(ladder)('a token with acr %s meets a requirement of %s: %s', (tokenAcr, required, expected) => {
    expect(satisfiesAcr(tokenAcr, required)).toBe(expected);
  });

  // 2fa:any:ifpossible is what Okta issues after one factor when no second one is enrolled: only amr tells.
  const ifPossible: ReadonlyArray<{ description: string; input: [string, unknown]; expected: boolean }> = [
    {
      description: 'ifpossible with amr mfa meets 2fa:any',
      input: [TwoFactor, ['pwd', 'email', 'mfa']],
      expected: true,
    },
    {
      description: 'ifpossible with amr mfa alone meets 2fa:any',
      input: [TwoFactor, ['mfa']],
      expected: true,
    },
    {
      description: 'ifpossible with a password and an email code meets 2fa:any',
      input: [TwoFactor, ['pwd', 'email']],
      expected: true,
    },
    {
      description: 'ifpossible with a password and a one-time password meets 2fa:any',
      input: [TwoFactor, ['otp', 'pwd']],
      expected: true,
    },
    {
      description: 'ifpossible with a fingerprint and a hardware key meets 2fa:any',
      input: [TwoFactor, ['fpt', 'hwk']],
      expected: true,
    },
    {
      description: 'ifpossible proven two-factor meets a password requirement',
      input: [Password, ['pwd', 'sms']],
      expected: true,
    },
    {
      description: 'ifpossible proven two-factor still does not meet phr',
      input: [PhishingResistant, ['pwd', 'hwk', 'mfa']],
      expected: false,
    },
    {
      description: 'ifpossible with a password only does not meet 2fa:any',
      input: [TwoFactor, ['pwd']],
      expected: false,
    },
    {
      description: 'ifpossible with a password only meets 1fa:any',
      input: [OneFactorAny, ['pwd']],
      expected: true,
    },
    {
      description: 'ifpossible with a password only does not meet 1fa:pwd (it counts as 1fa:any)',
      input: [Password, ['pwd']],
      expected: false,
    },
    {
      description:
        'ifpossible with a password and a security question (both knowledge) does not meet 2fa:any',
      input: [TwoFactor, ['pwd', 'kba']],
      expected: false,
    },
    {
      description: 'ifpossible with two possession methods does not meet 2fa:any',
      input: [TwoFactor, ['sms', 'email']],
      expected: false,
    },
    {
      description: 'ifpossible with the same method twice does not meet 2fa:any',
      input: [TwoFactor, ['pwd', 'pwd']],
      expected: false,
    },
    {
      description: 'ifpossible with methods that prove no factor does not meet 2fa:any',
      input: [TwoFactor, ['pwd', 'rba', 'geo', 'user']],
      expected: false,
    },
    {
      description: 'ifpossible with an unknown method does not meet 2fa:any',
      input: [TwoFactor, ['pwd', 'urn:example:method']],
      expected: false,
    },
    {
      description: 'ifpossible with MFA in capitals does not meet 2fa:any (amr values are case-sensitive)',
      input: [TwoFactor, ['pwd', 'MFA']],
      expected: false,
    },
    {
      description: 'ifpossible without amr does not meet 2fa:any',
      input: [TwoFactor, undefined],
      expected: false,
    },
    {
      description: 'ifpossible with an empty amr does not meet 2fa:any',
      input: [TwoFactor, []],
      expected: false,
    },
    {
      description: 'ifpossible with amr as a string "mfa" does not meet 2fa:any',
      input: [TwoFactor, 'mfa'],
      expected: false,
    },
    {
      description: 'ifpossible with non-string amr entries does not meet 2fa:any',
      input: [TwoFactor, [1, null, { mfa: true }, ['mfa']]],
      expected: false,
    },
    {
      description: 'ifpossible with __proto__ and constructor in amr does not meet 2fa:any',
      input: [TwoFactor, ['__proto__', 'constructor']],
      expected: false,
    },
    {
      description: 'ifpossible meets an ifpossible requirement whatever its amr',
      input: [TwoFactorIfPossible, ['pwd']],
      expected: true,
    },
  ];

  it.each(ifPossible)('$description', ({ input: [required, amr], expected }) => {
    expect(satisfiesAcr(TwoFactorIfPossible, required, amr)).toBe(expected);
  });

  const otherLevelsWithAmr: ReadonlyArray<{
    description: string;
    input: [string, string, unknown];
    expected: boolean;
  }> = [
    {
      description: 'amr mfa does not lift a password acr to 2fa:any',
      input: [Password, TwoFactor, ['pwd', 'mfa']],
      expected: false,
    },
    {
      description: 'amr mfa does not lift an unknown acr to 2fa:any',
      input: ['urn:example:gold', TwoFactor, ['mfa']],
      expected: false,
    },
    {
      description: 'a 2fa:any acr with a password-only amr still meets 2fa:any (the acr is the claim)',
      input: [TwoFactor, TwoFactor, ['pwd']],
      expected: true,
    },
  ];

  it.each(otherLevelsWithAmr)('$description', ({ input: [tokenAcr, required, amr], expected }) => {
    expect(satisfiesAcr(tokenAcr, required, amr)).toBe(expected);
  });

  const cases: ReadonlyArray<{ description: string; input: [unknown, string]; expected: boolean }> = [
    {
      description: 'an unknown acr meets an identical requirement',
      input: ['urn:example:gold', 'urn:example:gold'],
      expected: true,
    },
    {
      description: 'an unknown acr meets no ladder requirement',
      input: ['urn:example:gold', OneFactorAny],
      expected: false,
    },
    {
      description: 'an unknown requirement is met only by the same string, not by phrh',
      input: [PhishingResistantHardware, 'urn:example:gold'],
      expected: false,
    },
    { description: 'acr comparison is case-sensitive', input: ['PHR', PhishingResistant], expected: false },
    {
      description: 'acr comparison does not trim whitespace',
      input: [` ${TwoFactor}`, TwoFactor],
      expected: false,
    },
    { description: 'a missing acr meets nothing', input: [undefined, OneFactorAny], expected: false },
    { description: 'a null acr meets nothing', input: [null, OneFactorAny], expected: false },
    {
      description: 'an empty acr meets nothing, not even an empty requirement',
      input: ['', ''],
      expected: false,
    },
    { description: 'a numeric acr meets nothing', input: [2, '2'], expected: false },
    { description: 'an array acr meets nothing', input: [[TwoFactor], TwoFactor], expected: false },
    {
      description: 'an object acr meets nothing',
      input: [{ toString: () => TwoFactor }, TwoFactor],
      expected: false,
    },
    { description: 'an empty requirement is met by nothing', input: [TwoFactor, ''], expected: false },
    {
      description: 'a prototype property name is not a ladder entry',
      input: ['__proto__', OneFactorAny],
      expected: false,
    },
    {
      description: 'a constructor acr does not reach Object.prototype',
      input: ['constructor', 'constructor'],
      expected: true,
    },
    {
      description: 'hasOwnProperty as acr meets no ladder value',
      input: ['hasOwnProperty', Password],
      expected: false,
    },
  ];

  it.each(cases)('$description', ({ input: [tokenAcr, required], expected }) => {
    expect(satisfiesAcr(tokenAcr, required)).toBe(expected);
  });
});

describe('satisfiesAnyAcr', () => {
  const cases: ReadonlyArray<{ description: string; input: [unknown, string[]]; expected: boolean }> = [
    {
      description: 'an empty list requires nothing, even without an acr',
      input: [undefined, []],
      expected: true,
    },
    {
      description: 'one acceptable value among several is enough',
      input: [Password, [PhishingResistant, OneFactorAny]],
      expected: true,
    },
    {
      description: 'a stronger acr meets a list of weaker ones',
      input: [PhishingResistant, [TwoFactor]],
      expected: true,
    },
    {
      description: 'a weaker acr meets none of the listed ones',
      input: [Password, [TwoFactor, PhishingResistant]],
      expected: false,
    },
    {
      description: 'a missing acr meets no value of a non-empty list',
      input: [undefined, [OneFactorAny]],
      expected: false,
    },
    {
      description: 'an unknown acr listed exactly is met',
      input: ['urn:example:gold', [TwoFactor, 'urn:example:gold']],
      expected: true,
    },
  ];

  it.each(cases)('$description', ({ input: [tokenAcr, acrValues], expected }) => {
    expect(satisfiesAnyAcr(tokenAcr, acrValues)).toBe(expected);
  });

  const withAmr: ReadonlyArray<{
    description: string;
    input: [unknown, string[], unknown];
    expected: boolean;
  }> = [
    {
      description: 'ifpossible with amr proving two factors meets a list asking for 2fa:any',
      input: [TwoFactorIfPossible, [PhishingResistant, TwoFactor], ['pwd', 'email', 'mfa']],
      expected: true,
    },
    {
      description: 'ifpossible with a password-only amr meets none of phr and 2fa:any',
      input: [TwoFactorIfPossible, [PhishingResistant, TwoFactor], ['pwd']],
      expected: false,
    },
    {
      description: 'ifpossible with a password-only amr meets a list that also accepts 1fa:any',
      input: [TwoFactorIfPossible, [TwoFactor, OneFactorAny], ['pwd']],
      expected: true,
    },
  ];

  it.each(withAmr)('$description', ({ input: [tokenAcr, acrValues, amr], expected }) => {
    expect(satisfiesAnyAcr(tokenAcr, acrValues, amr)).toBe(expected);
  });
});

describe('parseAcrValues', () => {
  const cases: ReadonlyArray<{
    description: string;
    input: Parameters<typeof parseAcrValues>[0];
    expected: string[];
  }> = [
    { description: 'undefined gives an empty list', input: undefined, expected: [] },
    { description: 'an empty string gives an empty list', input: '', expected: [] },
    { description: 'whitespace only gives an empty list', input: '  \t ', expected: [] },
    { description: 'one value gives a list of one', input: TwoFactor, expected: [TwoFactor] },
    {
      description: 'space-separated values keep their order',
      input: `phr ${TwoFactor} ${Password}`,
      expected: [PhishingResistant, TwoFactor, Password],
    },
    {
      description: 'repeated spaces, tabs and padding are ignored',
      input: `  phr \t\t${TwoFactor}  `,
      expected: [PhishingResistant, TwoFactor],
    },
    {
      description: 'duplicates are dropped, keeping the first position',
      input: `${TwoFactor} phr ${TwoFactor}`,
      expected: [TwoFactor, PhishingResistant],
    },
    {
      description: 'an array of values is kept in order',
      input: [PhishingResistant, TwoFactor],
      expected: [PhishingResistant, TwoFactor],
    },
    {
      description: 'array entries are split on spaces and deduplicated',
      input: ['phr phrh', 'phr', ''],
      expected: [PhishingResistant, PhishingResistantHardware],
    },
    { description: 'an empty array gives an empty list', input: [], expected: [] },
    { description: 'case differences are distinct values', input: 'phr PHR', expected: ['phr', 'PHR'] },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(parseAcrValues(input)).toEqual(expected);
  });

  it('ignores non-string entries of an array coming from untyped JSON', () => {
    expect(parseAcrValues([TwoFactor, 5, null] as unknown as string[])).toEqual([TwoFactor]);
  });

  it('ignores a value that is neither a string nor an array', () => {
    expect(parseAcrValues(42 as unknown as string)).toEqual([]);
  });
});
