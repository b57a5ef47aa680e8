import { OktaAcr } from 'step-up';
import { toStepUpRequirement, type AuthenticationRequirement } from './authentication-requirement';

describe('toStepUpRequirement', () => {
  it.each<{ description: string; input: AuthenticationRequirement; expected: object }>([
    { description: 'nothing beyond a valid token', input: {}, expected: {} },
    {
      description: 'one acr value',
      input: { acr: OktaAcr.TwoFactor },
      expected: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'a space-separated list, in order of preference',
      input: { acr: 'phr urn:okta:loa:2fa:any' },
      expected: { acrValues: [OktaAcr.PhishingResistant, OktaAcr.TwoFactor] },
    },
    {
      description: 'an array, without its duplicates',
      input: { acr: [OktaAcr.PhishingResistant, OktaAcr.TwoFactor, OktaAcr.PhishingResistant] },
      expected: { acrValues: [OktaAcr.PhishingResistant, OktaAcr.TwoFactor] },
    },
    { description: 'a maximum age', input: { maxAge: 300 }, expected: { maxAge: 300 } },
    { description: 'a maximum age of zero', input: { maxAge: 0 }, expected: { maxAge: 0 } },
    {
      description: 'both',
      input: { acr: OktaAcr.TwoFactor, maxAge: 300 },
      expected: { acrValues: [OktaAcr.TwoFactor], maxAge: 300 },
    },
  ])('reads $description', ({ input, expected }) => {
    expect(toStepUpRequirement(input)).toEqual(expected);
  });

  it('hands out a requirement nobody can change', () => {
    const requirement = toStepUpRequirement({ acr: OktaAcr.TwoFactor, maxAge: 300 });

    expect(Object.isFrozen(requirement)).toBe(true);
    expect(Object.isFrozen(requirement.acrValues)).toBe(true);
  });

  it.each<{ description: string; input: unknown; expected: string }>([
    {
      description: 'no declaration',
      input: undefined,
      expected: 'An authentication requirement must be an object such as { acr, maxAge }',
    },
    {
      description: 'a bare string',
      input: 'phr',
      expected: 'An authentication requirement must be an object such as { acr, maxAge }',
    },
    {
      description: 'a misspelt key',
      input: { acrValues: ['phr'] },
      expected: 'An authentication requirement has no "acrValues"; it takes acr and maxAge',
    },
    {
      description: 'an empty acr',
      input: { acr: '' },
      expected: 'acr must name at least one value; leave it out to accept any level',
    },
    {
      description: 'an empty acr list',
      input: { acr: [] },
      expected: 'acr must name at least one value; leave it out to accept any level',
    },
    {
      description: 'an acr that is a number',
      input: { acr: 2 },
      expected: 'acr must be a string or an array of strings',
    },
    {
      description: 'an acr list holding a number',
      input: { acr: ['phr', 2] },
      expected: 'acr must be a string or an array of strings',
    },
    {
      description: 'an acr with a quote',
      input: { acr: 'urn:"x"' },
      expected:
        'acr value "urn:\\"x\\"" may hold visible ASCII characters only, without quotes or backslashes',
    },
    {
      description: 'an acr with a line break',
      input: { acr: 'phr\r\nX-Injected: 1' },
      expected:
        'acr value "phr\\r\\nX-Injected:" may hold visible ASCII characters only, without quotes or backslashes',
    },
    {
      description: 'a negative maxAge',
      input: { maxAge: -1 },
      expected: 'maxAge must be a whole number of seconds, zero or more (got -1)',
    },
    {
      description: 'a fractional maxAge',
      input: { maxAge: 1.5 },
      expected: 'maxAge must be a whole number of seconds, zero or more (got 1.5)',
    },
    {
      description: 'a maxAge that is not a number',
      input: { maxAge: '300' },
      expected: 'maxAge must be a whole number of seconds, zero or more (got 300)',
    },
    {
      description: 'an infinite maxAge',
      input: { maxAge: Infinity },
      expected: 'maxAge must be a whole number of seconds, zero or more (got Infinity)',
    },
  ])('refuses $description as a programming error', ({ input, expected }) => {
    expect(() => toStepUpRequirement(input as AuthenticationRequirement)).toThrow(new TypeError(expected));
  });
});
