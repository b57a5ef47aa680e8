import { createHash } from 'node:crypto';

import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import {
  decodeAttestationObject,
  decodeClientDataJSON,
  isoBase64URL,
  parseAuthenticatorData,
  type ParsedAuthenticatorData,
} from '@simplewebauthn/server/helpers';

import { PasskeyRefusal } from './passkey-refusal.js';
import type { RelyingParty } from './relying-party.js';

/** Base64url fields are checked before decoding; a credential response is a few kilobytes at most. */
const BASE64URL = /^[A-Za-z0-9_-]{1,8192}$/;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBase64Url(value: unknown): value is string {
  return typeof value === 'string' && BASE64URL.test(value);
}

function parseJson(text: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PasskeyRefusal('malformed', { cause: error });
  }
  if (!isObject(parsed) || !isBase64Url(parsed['id']) || parsed['rawId'] !== parsed['id']) {
    throw new PasskeyRefusal('malformed');
  }
  if (parsed['type'] !== 'public-key' || !isObject(parsed['response'])) {
    throw new PasskeyRefusal('malformed');
  }
  return parsed;
}

/** A registration response (what `navigator.credentials.create()` gave, as JSON), checked for shape. */
export function parseRegistrationResponse(text: string): RegistrationResponseJSON {
  const parsed = parseJson(text);
  const response = parsed['response'] as JsonObject;
  if (!isBase64Url(response['clientDataJSON']) || !isBase64Url(response['attestationObject'])) {
    throw new PasskeyRefusal('malformed');
  }
  return { clientExtensionResults: {}, ...parsed } as unknown as RegistrationResponseJSON;
}

/** An authentication response (what `navigator.credentials.get()` gave, as JSON), checked for shape. */
export function parseAuthenticationResponse(text: string): AuthenticationResponseJSON {
  const parsed = parseJson(text);
  const response = parsed['response'] as JsonObject;
  const { clientDataJSON, authenticatorData, signature, userHandle } = response;
  if (!isBase64Url(clientDataJSON) || !isBase64Url(authenticatorData) || !isBase64Url(signature)) {
    throw new PasskeyRefusal('malformed');
  }
  if (userHandle !== undefined && userHandle !== null && !isBase64Url(userHandle)) {
    throw new PasskeyRefusal('malformed');
  }
  return { clientExtensionResults: {}, ...parsed } as unknown as AuthenticationResponseJSON;
}

function decode<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new PasskeyRefusal('malformed', { cause: error });
  }
}

/** What a ceremony's response must match. */
export interface CeremonyExpectations {
  readonly rp: RelyingParty;
  /** The challenge the page was given; `undefined` when it was used already or expired. */
  readonly challenge: string | undefined;
  /** Whether a challenge is one this page was given before (a response sent again, or too late). */
  readonly wasRetired?: ((challenge: string) => boolean) | undefined;
}

/**
 * The checks whose failure has a message of its own, made before the library verifies the signature (which
 * repeats them): the challenge was issued for this very page and not used yet, the browser ran the ceremony on
 * the provider's origin for its RP id, and the authenticator verified the user.
 */
export function checkCeremony(
  clientDataJSON: string,
  authenticatorData: Uint8Array<ArrayBuffer>,
  expected: CeremonyExpectations & { type: 'webauthn.create' | 'webauthn.get' },
): ParsedAuthenticatorData {
  const clientData = decode(() => decodeClientDataJSON(clientDataJSON));
  if (
    !isObject(clientData) ||
    clientData.type !== expected.type ||
    typeof clientData.challenge !== 'string'
  ) {
    throw new PasskeyRefusal('malformed');
  }
  const answersThisPage = clientData.challenge === expected.challenge;
  if (expected.challenge === undefined || (!answersThisPage && expected.wasRetired?.(clientData.challenge))) {
    throw new PasskeyRefusal('challenge-expired');
  }
  if (!answersThisPage) {
    throw new PasskeyRefusal('challenge-foreign');
  }
  if (clientData.origin !== expected.rp.origin) {
    throw new PasskeyRefusal('wrong-origin');
  }
  const parsed = decode(() => parseAuthenticatorData(authenticatorData));
  const rpIdHash = createHash('sha256').update(expected.rp.id).digest();
  if (!rpIdHash.equals(Buffer.from(parsed.rpIdHash))) {
    throw new PasskeyRefusal('wrong-rp-id');
  }
  if (!parsed.flags.up || !parsed.flags.uv) {
    throw new PasskeyRefusal('user-verification-missing');
  }
  return parsed;
}

/** The authenticator data inside a registration's attestation object. */
export function registrationAuthenticatorData(response: RegistrationResponseJSON): Uint8Array<ArrayBuffer> {
  return decode(() => {
    const attestation = decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject));
    const authData = attestation.get('authData');
    if (!(authData instanceof Uint8Array)) {
      throw new Error('attestation object without authData');
    }
    return authData;
  });
}

/** The authenticator data of an authentication response. */
export function assertionAuthenticatorData(response: AuthenticationResponseJSON): Uint8Array<ArrayBuffer> {
  return decode(() => isoBase64URL.toBuffer(response.response.authenticatorData));
}
