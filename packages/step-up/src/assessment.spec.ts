import { OktaAcr } from './acr-ladder';
import {
  assessAuthentication,
  type AuthenticationClaims,
  type StepUpRequirement,
  type StepUpShortfall,
} from './assessment';

const now = 1_750_000_000;
const twoFactor = [OktaAcr.TwoFactor];
const preferred = [OktaAcr.PhishingResistant, OktaAcr.TwoFactor];

describe('assessAuthentication', () => {
  const cases: ReadonlyArray<{
    description: string;
    input: { claims: AuthenticationClaims; requirement: StepUpRequirement };
    expected: StepUpShortfall | null;
  }> = [
    {
      description: 'an empty requirement is met by any token, even one without claims',
      input: { claims: {}, requirement: {} },
      expected: null,
    },
    {
      description: 'an empty acr list is met by any token',
      input: { claims: {}, requirement: { acrValues: [] } },
      expected: null,
    },
    {
      description: 'a two-factor token meets a two-factor requirement',
      input: { claims: { acr: OktaAcr.TwoFactor }, requirement: { acrValues: twoFactor } },
      expected: null,
    },
    {
      description: 'a phishing-resistant token meets a two-factor requirement',
      input: { claims: { acr: OktaAcr.PhishingResistant }, requirement: { acrValues: twoFactor } },
      expected: null,
    },
    {
      description: 'a password token falls short of two factors and is told the full list',
      input: { claims: { acr: OktaAcr.Password }, requirement: { acrValues: preferred } },
      expected: { acrValues: [OktaAcr.PhishingResistant, OktaAcr.TwoFactor] },
    },
    {
      description: 'a token without acr falls short of any listed level',
      input: { claims: { auth_time: now }, requirement: { acrValues: twoFactor } },
      expected: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'a recent authentication meets max_age',
      input: { claims: { auth_time: now - 60 }, requirement: { maxAge: 300 } },
      expected: null,
    },
    {
      description: 'an old authentication falls short of max_age',
      input: { claims: { auth_time: now - 301 }, requirement: { maxAge: 300 } },
      expected: { maxAge: 300 },
    },
    {
      description: 'a missing auth_time falls short of max_age',
      input: { claims: { acr: OktaAcr.PhishingResistantHardware }, requirement: { maxAge: 300 } },
      expected: { maxAge: 300 },
    },
    {
      description: 'a string auth_time falls short of max_age',
      input: { claims: { auth_time: String(now) }, requirement: { maxAge: 300 } },
      expected: { maxAge: 300 },
    },
    {
      description: 'a strong but old authentication is told only about max_age',
      input: {
        claims: { acr: OktaAcr.TwoFactor, auth_time: now - 900 },
        requirement: { acrValues: twoFactor, maxAge: 600 },
      },
      expected: { maxAge: 600 },
    },
    {
      description: 'a weak but recent authentication is told only about the level',
      input: {
        claims: { acr: OktaAcr.Password, auth_time: now },
        requirement: { acrValues: twoFactor, maxAge: 600 },
      },
      expected: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'a weak and old authentication is told about both',
      input: {
        claims: { acr: OktaAcr.Password, auth_time: now - 900 },
        requirement: { acrValues: twoFactor, maxAge: 600 },
      },
      expected: { acrValues: [OktaAcr.TwoFactor], maxAge: 600 },
    },
    {
      description: 'an ifpossible token whose amr proves two factors meets a two-factor requirement',
      input: {
        claims: { acr: OktaAcr.TwoFactorIfPossible, amr: ['pwd', 'email', 'mfa'] },
        requirement: { acrValues: twoFactor },
      },
      expected: null,
    },
    {
      description: 'an ifpossible token after a password only falls short of two factors',
      input: {
        claims: { acr: OktaAcr.TwoFactorIfPossible, amr: ['pwd'] },
        requirement: { acrValues: twoFactor },
      },
      expected: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'an ifpossible token without amr falls short of two factors',
      input: { claims: { acr: OktaAcr.TwoFactorIfPossible }, requirement: { acrValues: twoFactor } },
      expected: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'max_age 0 is met by an authentication in this very second',
      input: { claims: { auth_time: now }, requirement: { maxAge: 0 } },
      expected: null,
    },
    {
      description: 'max_age 0 is not met by an authentication a second ago',
      input: { claims: { auth_time: now - 1 }, requirement: { maxAge: 0 } },
      expected: { maxAge: 0 },
    },
  ];

  it.each(cases)('$description', ({ input: { claims, requirement }, expected }) => {
    expect(assessAuthentication(claims, requirement, now)).toStrictEqual(expected);
  });

  it('returns a copy of the required list, so callers cannot change the requirement through it', () => {
    const requirement = { acrValues: [OktaAcr.TwoFactor] };
    const shortfall = assessAuthentication({}, requirement, now);
    // The type is read-only; the copy protects callers that write through it anyway.
    (shortfall?.acrValues as string[] | undefined)?.push('changed');
    expect(requirement.acrValues).toEqual([OktaAcr.TwoFactor]);
  });

  it('throws a TypeError for a negative max_age in the requirement', () => {
    expect(() => assessAuthentication({ auth_time: now }, { maxAge: -5 }, now)).toThrow(TypeError);
  });
});
