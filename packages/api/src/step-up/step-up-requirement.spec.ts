import { InsufficientUserAuthenticationError, OktaAcr } from 'step-up';
import { enforceStepUpRequirement } from './step-up-requirement';

const NOW = 1_893_456_000;

describe('enforceStepUpRequirement', () => {
  it.each([
    {
      description: 'two factors for a two-factor requirement',
      claims: { acr: OktaAcr.TwoFactor },
      requirement: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'a passkey for a two-factor requirement',
      claims: { acr: OktaAcr.PhishingResistant },
      requirement: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'a recent authentication for max_age',
      claims: { auth_time: NOW - 299 },
      requirement: { maxAge: 300 },
    },
    {
      description: 'a 2fa:any:ifpossible token whose amr proves two factors for a two-factor requirement',
      claims: { acr: OktaAcr.TwoFactorIfPossible, amr: ['pwd', 'email', 'mfa'] },
      requirement: { acrValues: [OktaAcr.TwoFactor] },
    },
    { description: 'an empty requirement', claims: {}, requirement: {} },
  ])('lets $description pass', ({ claims, requirement }) => {
    expect(() => enforceStepUpRequirement(claims, requirement, NOW)).not.toThrow();
  });

  it.each([
    {
      description: 'a password-only token for a two-factor requirement',
      claims: { acr: OktaAcr.Password },
      requirement: { acrValues: [OktaAcr.TwoFactor] },
      expected: {
        acrValues: [OktaAcr.TwoFactor],
        maxAge: undefined,
        description: 'A different authentication level is required',
      },
    },
    {
      description: 'a 2fa:any:ifpossible token after a password only for a two-factor requirement',
      claims: { acr: OktaAcr.TwoFactorIfPossible, amr: ['pwd'] },
      requirement: { acrValues: [OktaAcr.TwoFactor] },
      expected: {
        acrValues: [OktaAcr.TwoFactor],
        maxAge: undefined,
        description: 'A different authentication level is required',
      },
    },
    {
      description: 'a token without acr',
      claims: {},
      requirement: { acrValues: [OktaAcr.PhishingResistant, OktaAcr.TwoFactor] },
      expected: {
        acrValues: [OktaAcr.PhishingResistant, OktaAcr.TwoFactor],
        maxAge: undefined,
        description: 'A different authentication level is required',
      },
    },
    {
      description: 'an authentication that is too old',
      claims: { acr: OktaAcr.TwoFactor, auth_time: NOW - 301 },
      requirement: { acrValues: [OktaAcr.TwoFactor], maxAge: 300 },
      expected: { acrValues: undefined, maxAge: 300, description: 'More recent authentication is required' },
    },
    {
      description: 'a token without auth_time under max_age',
      claims: { acr: OktaAcr.TwoFactor },
      requirement: { maxAge: 300 },
      expected: { acrValues: undefined, maxAge: 300, description: 'More recent authentication is required' },
    },
  ])('refuses $description with what is missing', ({ claims, requirement, expected }) => {
    let thrown: unknown;
    try {
      enforceStepUpRequirement(claims, requirement, NOW);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(InsufficientUserAuthenticationError);
    expect(thrown).toMatchObject({
      code: 'insufficient_user_authentication',
      status: 401,
      description: expected.description,
    });
    expect((thrown as InsufficientUserAuthenticationError).acrValues).toEqual(expected.acrValues);
    expect((thrown as InsufficientUserAuthenticationError).maxAge).toEqual(expected.maxAge);
  });
});
