import * as stepUp from './index';
import type { Challenge, Clock, StepUpChallenge, StepUpRequirement, StepUpShortfall } from './index';

/** Compile-time check that an export keeps the signature the API and the SPA are written against. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const contract: Array<true> = [
  true satisfies Equals<
    typeof stepUp.satisfiesAcr,
    (tokenAcr: unknown, required: string, amr?: unknown) => boolean
  >,
  true satisfies Equals<
    typeof stepUp.satisfiesAnyAcr,
    (tokenAcr: unknown, acrValues: readonly string[], amr?: unknown) => boolean
  >,
  true satisfies Equals<typeof stepUp.provesTwoFactors, (amr: unknown) => boolean>,
  true satisfies Equals<
    typeof stepUp.parseAcrValues,
    (value: string | readonly string[] | undefined) => string[]
  >,
  true satisfies Equals<
    typeof stepUp.isAuthenticationRecent,
    (authTime: unknown, maxAgeSeconds: number, nowSeconds: number) => boolean
  >,
  true satisfies Equals<
    typeof stepUp.assessAuthentication,
    (
      claims: { acr?: unknown; amr?: unknown; auth_time?: unknown },
      requirement: StepUpRequirement,
      nowSeconds: number,
    ) => StepUpShortfall | null
  >,
  true satisfies Equals<StepUpRequirement, { acrValues?: readonly string[]; maxAge?: number }>,
  true satisfies Equals<StepUpShortfall, StepUpRequirement>,
  true satisfies Equals<
    typeof stepUp.formatBearerChallenge,
    (params: Record<string, string | number | undefined>) => string
  >,
  true satisfies Equals<Challenge, { scheme: string; token68?: string; params: Record<string, string> }>,
  true satisfies Equals<typeof stepUp.parseWwwAuthenticate, (header: string) => Challenge[]>,
  true satisfies Equals<StepUpChallenge, { acrValues: string[]; maxAge?: number; description?: string }>,
  true satisfies Equals<
    typeof stepUp.findStepUpChallenge,
    (header: string | null | undefined) => StepUpChallenge | null
  >,
  true satisfies Equals<
    typeof stepUp.extractBearerToken,
    (authorization: string | string[] | undefined) => string
  >,
  true satisfies Equals<Clock, { now(): number }>,
  true satisfies Equals<typeof stepUp.systemClock, Clock>,
  true satisfies Equals<typeof stepUp.epochSeconds, (clock: Clock) => number>,
];

describe('the public API of step-up', () => {
  it('keeps the exported signatures of the contract', () => {
    expect(contract.every(Boolean)).toBe(true);
  });

  it('names the Okta acr values', () => {
    expect(stepUp.OktaAcr).toEqual({
      OneFactorAny: 'urn:okta:loa:1fa:any',
      Password: 'urn:okta:loa:1fa:pwd',
      TwoFactor: 'urn:okta:loa:2fa:any',
      TwoFactorIfPossible: 'urn:okta:loa:2fa:any:ifpossible',
      PhishingResistant: 'phr',
      PhishingResistantHardware: 'phrh',
    });
  });

  const errors: ReadonlyArray<{
    description: string;
    input: stepUp.BearerError;
    expected: { code: string; status: number };
  }> = [
    {
      description: 'missing credentials',
      input: new stepUp.MissingCredentialsError(),
      expected: { code: 'missing_credentials', status: 401 },
    },
    {
      description: 'an invalid request',
      input: new stepUp.InvalidRequestError(),
      expected: { code: 'invalid_request', status: 400 },
    },
    {
      description: 'an invalid token',
      input: new stepUp.InvalidTokenError(),
      expected: { code: 'invalid_token', status: 401 },
    },
    {
      description: 'an insufficient scope',
      input: new stepUp.InsufficientScopeError(),
      expected: { code: 'insufficient_scope', status: 403 },
    },
    {
      description: 'insufficient user authentication',
      input: new stepUp.InsufficientUserAuthenticationError({ acrValues: [stepUp.OktaAcr.TwoFactor] }),
      expected: { code: 'insufficient_user_authentication', status: 401 },
    },
  ];

  it.each(errors)(
    'exports the error for $description with its RFC code and status',
    ({ input, expected }) => {
      expect(input).toBeInstanceOf(stepUp.BearerError);
      expect({ code: input.code, status: input.status }).toEqual(expected);
    },
  );
});
