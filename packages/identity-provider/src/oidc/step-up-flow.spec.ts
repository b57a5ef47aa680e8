import { OktaAcr } from 'step-up';
import { ManualClock } from 'step-up/testing';

import { TestClient } from '../testing/oidc-client.js';
import { useSharedProvider } from '../testing/shared-provider.js';
import { authenticationOf, claimsOf, tokenVerifiers } from '../testing/token-claims.js';

const ALICE = { email: 'alice@example.com', password: 'wonderland' };

describe('step-up with acr_values, max_age and prompt=login', () => {
  // Starts at the real time, which oidc-provider's own timestamps (iat, exp, cookies) keep; moved by hand.
  const clock = new ManualClock(Date.now());
  const provider = useSharedProvider({ clock });
  const verify = {
    idToken: (token: string) => tokenVerifiers(provider()).idToken(token),
    accessToken: (token: string) => tokenVerifiers(provider()).accessToken(token),
  };

  it('asks a password session only for the email code when 2fa is requested, and updates auth_time', async () => {
    const client = new TestClient(provider());
    const first = await client.signIn(ALICE);
    clock.advance(1_000);

    const stepUp = await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor });
    const idToken = await verify.idToken(stepUp.tokens.id_token);

    expect(stepUp.pagesSeen).toEqual(['email-code']);
    expect(idToken).toMatchObject({
      sub: claimsOf(first.tokens.id_token).sub,
      acr: OktaAcr.TwoFactor,
      amr: ['pwd', 'email', 'mfa'],
    });
    expect(idToken.auth_time).toBeGreaterThan(claimsOf(first.tokens.id_token).auth_time!);
    expect(authenticationOf(await verify.accessToken(stepUp.tokens.access_token))).toEqual(
      authenticationOf(idToken),
    );
  });

  it('answers a two-factor session with the requested value, without asking and without lowering the session', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);
    const twoFactor = claimsOf(
      (await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor })).tokens.id_token,
    );

    const password = await client.signIn({ acrValues: OktaAcr.Password });
    const ifPossible = await client.signIn({ acrValues: OktaAcr.TwoFactorIfPossible });
    const noAcrValues = await client.signIn();
    const twoFactorAgain = await client.signIn({ acrValues: OktaAcr.TwoFactor });

    expect([password, ifPossible, noAcrValues, twoFactorAgain].map(({ pagesSeen }) => pagesSeen)).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(authenticationOf(claimsOf(password.tokens.id_token))).toEqual({
      ...authenticationOf(twoFactor),
      acr: OktaAcr.Password,
    });
    expect(claimsOf(password.tokens.access_token).acr).toBe(OktaAcr.Password);
    expect(claimsOf(ifPossible.tokens.id_token).acr).toBe(OktaAcr.TwoFactorIfPossible);
    expect(claimsOf(noAcrValues.tokens.id_token).acr).toBe(OktaAcr.TwoFactor);
    expect(authenticationOf(claimsOf(twoFactorAgain.tokens.id_token))).toEqual(authenticationOf(twoFactor));
  });

  it('asks for the password and then the code when 2fa is requested without a session', async () => {
    const { tokens, pagesSeen } = await new TestClient(provider()).signIn({
      ...ALICE,
      acrValues: OktaAcr.TwoFactor,
    });

    expect(pagesSeen).toEqual(['password', 'email-code']);
    expect(claimsOf(tokens.id_token)).toMatchObject({ acr: OktaAcr.TwoFactor, amr: ['pwd', 'email', 'mfa'] });
  });

  it.each([
    { description: 'phrh', acrValues: 'phrh' },
    { description: 'only unknown values', acrValues: 'urn:example:gold urn:example:silver' },
  ])('returns unmet_authentication_requirements to the client for $description', async ({ acrValues }) => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);

    const { request, landing } = await client.authorize({ acrValues });

    expect(landing.kind).toBe('client');
    expect(Object.fromEntries(landing.url.searchParams)).toEqual({
      error: 'unmet_authentication_requirements',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      error_description: expect.stringContaining(`(${acrValues})`),
      state: request.state,
      iss: provider().issuer,
    });
  });

  it('answers the first achievable acr_values entry, skipping phrh and unknown values', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);

    const { tokens, pagesSeen } = await client.signIn({
      ...ALICE,
      acrValues: `phrh urn:example:gold ${OktaAcr.TwoFactor}`,
    });

    expect(pagesSeen).toEqual(['email-code']);
    expect(claimsOf(tokens.id_token).acr).toBe(OktaAcr.TwoFactor);
  });

  it('asks for the password again when max_age has passed, and the new sign-in resets auth_time and factors', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);
    const twoFactor = claimsOf(
      (await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor })).tokens.id_token,
    );
    clock.advance(1_000);

    const recent = await client.signIn({ maxAge: 3600 });
    const stale = await client.signIn({ ...ALICE, maxAge: 0 });
    const idToken = claimsOf(stale.tokens.id_token);

    expect(recent.pagesSeen).toEqual([]);
    expect(stale.pagesSeen).toEqual(['password']);
    expect(idToken).toMatchObject({ acr: OktaAcr.Password, amr: ['pwd'] });
    expect(idToken.auth_time).toBeGreaterThan(twoFactor.auth_time!);
  });

  it('asks for the password and the code again for a stale session asking for 2fa', async () => {
    const client = new TestClient(provider());
    await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor });

    const { pagesSeen } = await client.signIn({ ...ALICE, acrValues: OktaAcr.TwoFactor, maxAge: 0 });

    expect(pagesSeen).toEqual(['password', 'email-code']);
  });

  it('honours prompt=login', async () => {
    const client = new TestClient(provider());
    await client.signIn(ALICE);

    expect((await client.signIn({ ...ALICE, prompt: 'login' })).pagesSeen).toEqual(['password']);
  });
});
