import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';

import type { Account } from '../accounts/account.js';
import { CEREMONY_TIMEOUT_MS } from './ceremony-challenges.js';
import {
  checkCeremony,
  parseRegistrationResponse,
  registrationAuthenticatorData,
  type CeremonyExpectations,
} from './ceremony-response.js';
import { PasskeyRefusal } from './passkey-refusal.js';
import { KNOWN_TRANSPORTS, type NewPasskey, type Passkey } from './passkey-store.js';
import type { RelyingParty } from './relying-party.js';

/**
 * The WebAuthn user handle of an account: its id as bytes. Passkeys are discoverable, so the authenticator hands
 * this back at every sign-in, and it must match the account the credential was registered to.
 */
export function userHandleOf(accountId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(accountId);
}

/**
 * Options for `navigator.credentials.create()`: a discoverable credential (resident key) with user verification
 * required, `none` attestation (no device details asked for), and the account's existing passkeys excluded.
 */
export function registrationOptions(
  rp: RelyingParty,
  account: Account,
  existing: readonly Passkey[],
  challenge: string,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: userHandleOf(account.id),
    userName: account.email,
    userDisplayName: `${account.givenName} ${account.familyName}`,
    // As bytes: a string would be taken as text and encoded again, so the page's challenge would differ.
    challenge: isoBase64URL.toBuffer(challenge),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: existing.map(({ id, transports }) => ({ id, transports: [...transports] })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

/**
 * Verifies a registration response (JSON text from the page) against the interaction's challenge and returns the
 * passkey to store for `account`.
 *
 * @throws PasskeyRefusal for anything but a fresh, user-verified credential created on this origin for this RP.
 */
export async function verifyRegistration(
  account: Account,
  responseText: string,
  expected: CeremonyExpectations,
): Promise<NewPasskey> {
  const { rp, challenge: expectedChallenge } = expected;
  const response = parseRegistrationResponse(responseText);
  checkCeremony(response.response.clientDataJSON, registrationAuthenticatorData(response), {
    ...expected,
    type: 'webauthn.create',
  });
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: expectedChallenge!,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch (error) {
    throw new PasskeyRefusal('not-verified', { cause: error });
  }
  if (!verification.verified) {
    throw new PasskeyRefusal('not-verified');
  }
  const { credential } = verification.registrationInfo;
  const reported = response.response.transports ?? [];
  return {
    id: credential.id,
    accountId: account.id,
    publicKey: credential.publicKey,
    signCount: credential.counter,
    transports: KNOWN_TRANSPORTS.filter((transport) => reported.includes(transport)),
  };
}
