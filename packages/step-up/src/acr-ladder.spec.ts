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
  // Every pair of ladder values: [token acr, required acr, satisfied].
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
    [TwoFactorIfPossible, Password, true],
    [TwoFactorIfPossible, TwoFactor, true],
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
