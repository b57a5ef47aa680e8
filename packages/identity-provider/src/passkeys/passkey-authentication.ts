import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';

import { CEREMONY_TIMEOUT_MS } from './ceremony-challenges.js';
import {
  assertionAuthenticatorData,
  checkCeremony,
  parseAuthenticationResponse,
  type CeremonyExpectations,
} from './ceremony-response.js';
import { userHandleOf } from './passkey-registration.js';
import { PasskeyRefusal } from './passkey-refusal.js';
import type { Passkey } from './passkey-store.js';
import type { RelyingParty } from './relying-party.js';

/**
 * Options for `navigator.credentials.get()` with user verification required. Without `allowed` passkeys the
 * browser offers every discoverable passkey it has for this RP ("Sign in with a passkey"); with them, only
 * those (the signed-in account's).
 */
export function authenticationOptions(
  rp: RelyingParty,
  challenge: string,
  allowed: readonly Passkey[] = [],
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: rp.id,
    // As bytes: a string would be taken as text and encoded again, so the page's challenge would differ.
    challenge: isoBase64URL.toBuffer(challenge),
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: 'required',
    allowCredentials: allowed.map(({ id, transports }) => ({ id, transports: [...transports] })),
  });
}

export interface VerifiedAssertion {
  readonly passkey: Passkey;
  /** The authenticator's new signature counter, to record. */
  readonly signCount: number;
}

export interface AssertionExpectations extends CeremonyExpectations {
  /** Finds a stored passkey by credential id. */
  readonly findPasskey: (id: string) => Passkey | undefined;
  /** The account the passkey must belong to (the session's, when stepping up); any account when absent. */
  readonly accountId?: string | undefined;
}

/**
 * Verifies an authentication response (JSON text from the page): the interaction's challenge, this origin and RP
 * id, user verification, a passkey registered here, to the expected account, whose signature counter moved
 * forward, and its signature.
 *
 * @throws PasskeyRefusal otherwise.
 */
export async function verifyAssertion(
  responseText: string,
  expected: AssertionExpectations,
): Promise<VerifiedAssertion> {
  const { rp } = expected;
  const response = parseAuthenticationResponse(responseText);
  const authenticatorData = checkCeremony(
    response.response.clientDataJSON,
    assertionAuthenticatorData(response),
    { ...expected, type: 'webauthn.get' },
  );
  const passkey = expected.findPasskey(response.id);
  if (!passkey) {
    throw new PasskeyRefusal('unknown-credential');
  }
  const { userHandle } = response.response;
  if (
    (expected.accountId !== undefined && passkey.accountId !== expected.accountId) ||
    (userHandle != null && userHandle !== isoBase64URL.fromBuffer(userHandleOf(passkey.accountId)))
  ) {
    throw new PasskeyRefusal('other-account');
  }
  const { counter } = authenticatorData;
  if ((counter > 0 || passkey.signCount > 0) && counter <= passkey.signCount) {
    throw new PasskeyRefusal('counter-regressed');
  }
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: expected.challenge!,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.id,
        publicKey: passkey.publicKey,
        counter: passkey.signCount,
        transports: [...passkey.transports],
      },
      requireUserVerification: true,
    });
  } catch (error) {
    throw new PasskeyRefusal('not-verified', { cause: error });
  }
  if (!verification.verified) {
    throw new PasskeyRefusal('not-verified');
  }
  return { passkey, signCount: verification.authenticationInfo.newCounter };
}
