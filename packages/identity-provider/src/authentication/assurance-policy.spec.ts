import { OktaAcr, satisfiesAcr } from 'step-up';

import {
  acrForFactors,
  amrForFactors,
  factorsFromAmr,
  requiredFactors,
  type Factor,
} from './assurance-levels.js';
import {
  decideAuthentication,
  type AuthenticationDecision,
  type AuthenticationRequest,
  type SessionAuthentication,
} from './assurance-policy.js';

const NOW = 1_750_000_000;
const {
  OneFactorAny,
  Password,
  TwoFactor,
  TwoFactorIfPossible,
  PhishingResistant,
  PhishingResistantHardware,
} = OktaAcr;

const noSession: SessionAuthentication = {};
const passwordSession: SessionAuthentication = { accountId: 'u1', amr: ['pwd'], authTime: NOW - 600 };
const twoFactorSession: SessionAuthentication = {
  accountId: 'u1',
  amr: ['pwd', 'email', 'mfa'],
  authTime: NOW - 600,
};

const passkeySession: SessionAuthentication = {
  accountId: 'u1',
  amr: ['swk', 'user', 'mfa'],
  authTime: NOW - 600,
  hasPasskey: true,
};

function request(overrides: Partial<AuthenticationRequest> = {}): AuthenticationRequest {
  return { acrValues: [], loginRequested: false, justAuthenticated: false, ...overrides };
}

describe('decideAuthentication', () => {
  const cases: ReadonlyArray<{
    description: string;
    session: SessionAuthentication;
    input: AuthenticationRequest;
    expected: AuthenticationDecision;
  }> = [
    // No session: authenticate from scratch, with everything the level needs.
    {
      description: 'asks for the password when there is no session',
      session: noSession,
      input: request(),
      expected: { step: 'password', acr: Password, factors: ['pwd'] },
    },
    {
      description: 'asks for the password, then the code, when there is no session and 2fa is requested',
      session: noSession,
      input: request({ acrValues: [TwoFactor] }),
      expected: { step: 'password', acr: TwoFactor, factors: ['pwd', 'email'] },
    },
    {
      description: 'answers 1fa:any with the requested value after a password',
      session: noSession,
      input: request({ acrValues: [OneFactorAny] }),
      expected: { step: 'password', acr: OneFactorAny, factors: ['pwd'] },
    },
    // A password session.
    {
      description: "answers a password session's actual level without acr_values",
      session: passwordSession,
      input: request(),
      expected: { step: 'none', acr: Password },
    },
    {
      description: 'answers 1fa:pwd from a password session',
      session: passwordSession,
      input: request({ acrValues: [Password] }),
      expected: { step: 'none', acr: Password },
    },
    {
      description: 'answers 1fa:any with the requested value from a password session',
      session: passwordSession,
      input: request({ acrValues: [OneFactorAny] }),
      expected: { step: 'none', acr: OneFactorAny },
    },
    {
      description: 'asks a password session only for the email code when 2fa is requested',
      session: passwordSession,
      input: request({ acrValues: [TwoFactor] }),
      expected: { step: 'email-code', acr: TwoFactor },
    },
    {
      description:
        'asks a password session for the email code for 2fa:any:ifpossible (every account has email)',
      session: passwordSession,
      input: request({ acrValues: [TwoFactorIfPossible] }),
      expected: { step: 'email-code', acr: TwoFactorIfPossible },
    },
    // A two-factor session.
    {
      description: "answers a two-factor session's actual level without acr_values",
      session: twoFactorSession,
      input: request(),
      expected: { step: 'none', acr: TwoFactor },
    },
    {
      description: 'answers the requested 1fa:pwd from a two-factor session without lowering it',
      session: twoFactorSession,
      input: request({ acrValues: [Password] }),
      expected: { step: 'none', acr: Password },
    },
    {
      description: 'answers 2fa:any:ifpossible with the requested value from a two-factor session',
      session: twoFactorSession,
      input: request({ acrValues: [TwoFactorIfPossible] }),
      expected: { step: 'none', acr: TwoFactorIfPossible },
    },
    // acr_values is an any-of list in preference order.
    {
      description: 'picks the first achievable value and skips phrh',
      session: passwordSession,
      input: request({ acrValues: [PhishingResistantHardware, TwoFactor, Password] }),
      expected: { step: 'email-code', acr: TwoFactor },
    },
    {
      description: 'skips unknown values',
      session: passwordSession,
      input: request({ acrValues: ['urn:example:gold', Password] }),
      expected: { step: 'none', acr: Password },
    },
    {
      description: 'keeps the order of preference even when a later value is already satisfied',
      session: passwordSession,
      input: request({ acrValues: [TwoFactor, Password] }),
      expected: { step: 'email-code', acr: TwoFactor },
    },
    // Unreachable levels never loop: they end the request with an error.
    ...[
      [PhishingResistantHardware],
      ['urn:example:gold'],
      [PhishingResistantHardware, 'urn:example:gold'],
    ].map((acrValues) => ({
      description: `cannot meet ${acrValues.join(' ')}, even with a passkey session`,
      session: passkeySession,
      input: request({ acrValues }),
      expected: {
        step: 'unmet' as const,
        description: `none of the requested authentication levels (${acrValues.join(' ')}) can be met: this server offers password, email code and passkey authentication, and none of its passkeys is proven to be hardware-bound (phrh)`,
      },
    })),
    {
      description: 'does not ask an anonymous user to sign in for a level that cannot be met',
      session: noSession,
      input: request({ acrValues: [PhishingResistantHardware] }),
      expected: expect.objectContaining({ step: 'unmet' }) as AuthenticationDecision,
    },
    // phr: a passkey, or the enrollment of one after two recent factors.
    {
      description: 'asks for the password (or any passkey) first when phr is requested without a session',
      session: noSession,
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'password', acr: PhishingResistant, factors: ['pwd', 'email', 'passkey'] },
    },
    {
      description: 'asks a session whose account has a passkey to use it for phr',
      session: { ...twoFactorSession, hasPasskey: true },
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'passkey', acr: PhishingResistant },
    },
    {
      description:
        'asks a recent password session without a passkey for the email code before the enrollment',
      session: { ...passwordSession, authTime: NOW - 60, factorTimes: { pwd: NOW - 60 } },
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'email-code', acr: PhishingResistant },
    },
    {
      description:
        'offers the enrollment when the password and the code were both proved in the last 5 minutes',
      session: { ...twoFactorSession, authTime: NOW - 10, factorTimes: { pwd: NOW - 300, email: NOW - 10 } },
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'enroll-passkey', acr: PhishingResistant },
    },
    {
      description: 'asks for the password again when it is older than 5 minutes, however recent the code',
      session: { ...twoFactorSession, authTime: NOW - 10, factorTimes: { pwd: NOW - 301, email: NOW - 10 } },
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'password', acr: PhishingResistant, factors: ['pwd', 'email', 'passkey'] },
    },
    {
      description: 'asks for the code again when it is older than 5 minutes',
      session: { ...twoFactorSession, authTime: NOW - 400, factorTimes: { pwd: NOW - 10, email: NOW - 301 } },
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'email-code', acr: PhishingResistant },
    },
    {
      description: 'never enrolls on a stale session alone (no proof times known, e.g. after a restart)',
      session: twoFactorSession,
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'password', acr: PhishingResistant, factors: ['pwd', 'email', 'passkey'] },
    },
    {
      description: 'does not count a proof time for a factor the session does not have',
      session: { ...passwordSession, factorTimes: { pwd: NOW, email: NOW } },
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'email-code', acr: PhishingResistant },
    },
    {
      description: 'answers phr from a passkey session',
      session: passkeySession,
      input: request({ acrValues: [PhishingResistant] }),
      expected: { step: 'none', acr: PhishingResistant },
    },
    {
      description: 'answers the requested 2fa from a passkey session without asking for the code',
      session: passkeySession,
      input: request({ acrValues: [TwoFactor] }),
      expected: { step: 'none', acr: TwoFactor },
    },
    {
      description: "answers a passkey session's actual level, phr, without acr_values",
      session: passkeySession,
      input: request(),
      expected: { step: 'none', acr: PhishingResistant },
    },
    {
      description: 'asks a stale passkey session to sign in again for max_age',
      session: passkeySession,
      input: request({ acrValues: [PhishingResistant], maxAge: 60 }),
      expected: { step: 'password', acr: PhishingResistant, factors: ['pwd', 'email', 'passkey'] },
    },
    // max_age and prompt=login: authenticate again from scratch.
    {
      description: 'keeps a session authenticated within max_age',
      session: passwordSession,
      input: request({ maxAge: 600 }),
      expected: { step: 'none', acr: Password },
    },
    {
      description: 'asks for the password again when auth_time is older than max_age',
      session: passwordSession,
      input: request({ maxAge: 599 }),
      expected: { step: 'password', acr: Password, factors: ['pwd'] },
    },
    {
      description: 'asks a stale two-factor session for the password and then the code for 2fa',
      session: twoFactorSession,
      input: request({ acrValues: [TwoFactor], maxAge: 60 }),
      expected: { step: 'password', acr: TwoFactor, factors: ['pwd', 'email'] },
    },
    {
      description: 'treats a session without auth_time as too old for max_age',
      session: { accountId: 'u1', amr: ['pwd'] },
      input: request({ maxAge: 3600 }),
      expected: { step: 'password', acr: Password, factors: ['pwd'] },
    },
    {
      description: 'accepts the authentication that just happened in this request whatever max_age says',
      session: passwordSession,
      input: request({ maxAge: 0, justAuthenticated: true }),
      expected: { step: 'none', acr: Password },
    },
    {
      description: 'asks for the code right after the password for a stale session stepping up',
      session: passwordSession,
      input: request({ acrValues: [TwoFactor], maxAge: 0, justAuthenticated: true }),
      expected: { step: 'email-code', acr: TwoFactor },
    },
    {
      description: 'asks a two-factor session for the password when prompt=login is pending',
      session: twoFactorSession,
      input: request({ loginRequested: true }),
      expected: { step: 'password', acr: Password, factors: ['pwd'] },
    },
    {
      description: 'asks for the password when the session records no factor',
      session: { accountId: 'u1', amr: [], authTime: NOW },
      input: request(),
      expected: { step: 'password', acr: Password, factors: ['pwd'] },
    },
  ];

  it.each(cases)('$description', ({ session, input, expected }) => {
    expect(decideAuthentication(session, input, NOW)).toEqual(expected);
  });

  it.each(cases.filter(({ expected }) => expected.step === 'none'))(
    'only answers levels the session satisfies on the shared ACR ladder: $description',
    ({ session, input }) => {
      const decision = decideAuthentication(session, input, NOW);
      const sessionLevel = acrForFactors(factorsFromAmr(session.amr));

      expect(decision.step === 'none' && satisfiesAcr(sessionLevel, decision.acr)).toBe(true);
    },
  );
});

describe('assurance levels', () => {
  it.each<{ factors: Factor[]; acr: string | undefined; amr: string[] }>([
    { factors: [], acr: undefined, amr: [] },
    { factors: ['pwd'], acr: Password, amr: ['pwd'] },
    { factors: ['email', 'pwd'], acr: TwoFactor, amr: ['pwd', 'email', 'mfa'] },
    { factors: ['passkey'], acr: PhishingResistant, amr: ['swk', 'user', 'mfa'] },
    {
      factors: ['passkey', 'pwd', 'email'],
      acr: PhishingResistant,
      amr: ['pwd', 'email', 'swk', 'user', 'mfa'],
    },
  ])('describes $factors as acr $acr and amr $amr', ({ factors, acr, amr }) => {
    expect(acrForFactors(factors)).toBe(acr);
    expect(amrForFactors(factors)).toEqual(amr);
    expect(factorsFromAmr(amr).sort()).toEqual([...factors].sort());
  });

  it('reads only known factors from an amr claim', () => {
    expect(factorsFromAmr(['mfa', 'otp', 'email'])).toEqual(['email']);
    expect(factorsFromAmr('pwd')).toEqual([]);
    expect(factorsFromAmr(undefined)).toEqual([]);
  });

  it.each([PhishingResistantHardware, 'urn:example:gold', ''])('cannot reach %p', (acr) => {
    expect(requiredFactors(acr)).toBeUndefined();
  });
});
