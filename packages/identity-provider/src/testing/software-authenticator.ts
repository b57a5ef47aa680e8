import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

interface StoredCredential {
  readonly id: string;
  readonly rpId: string;
  readonly privateKey: KeyObject;
  readonly userHandle: string;
  counter: number;
}

/** What a test may change in what the authenticator and the browser would report. */
export interface CeremonyOverrides {
  readonly origin?: string;
  readonly rpId?: string;
  readonly challenge?: string;
  readonly userVerified?: boolean;
  /** The signature counter to report (the authenticator's own otherwise, one more each use). */
  readonly counter?: number;
  /** The user handle to report (the credential's otherwise). */
  readonly userHandle?: string;
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

function counterBytes(counter: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(counter);
  return bytes;
}

/**
 * A passkey authenticator in software, for tests: ES256 (P-256) keys, `none` attestation, discoverable
 * credentials, a signature counter, and the client data a browser would add. It builds the same bytes a
 * platform authenticator would (authenticator data, COSE key, CBOR attestation object, DER signatures), from
 * the WebAuthn specification, and lets a test change what it reports.
 */
export class SoftwareAuthenticator {
  private readonly credentials = new Map<string, StoredCredential>();

  constructor(readonly origin: string) {}

  /** `navigator.credentials.create()` for the options a page carried. */
  create(
    options: PublicKeyCredentialCreationOptionsJSON,
    overrides: CeremonyOverrides = {},
  ): RegistrationResponseJSON {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const id = randomBytes(16);
    const rpId = overrides.rpId ?? options.rp.id ?? new URL(this.origin).hostname;
    const coseKey = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]);
    const credentialLength = Buffer.alloc(2);
    credentialLength.writeUInt16BE(id.length);
    const authData = Buffer.concat([
      createHash('sha256').update(rpId).digest(),
      Buffer.from([UP | AT | (overrides.userVerified === false ? 0 : UV)]),
      counterBytes(overrides.counter ?? 0),
      Buffer.alloc(16),
      credentialLength,
      id,
      isoCBOR.encode(coseKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', authData],
      ]),
    );
    this.credentials.set(b64url(id), {
      id: b64url(id),
      rpId,
      privateKey,
      userHandle: options.user.id,
      counter: overrides.counter ?? 0,
    });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: this.clientData('webauthn.create', options.challenge, overrides),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
    };
  }

  /**
   * `navigator.credentials.get()`: signs with the credential `credentialId`, or with the first one the options
   * allow (any, for a discoverable sign-in).
   */
  get(
    options: PublicKeyCredentialRequestOptionsJSON,
    overrides: CeremonyOverrides & { credentialId?: string } = {},
  ): AuthenticationResponseJSON {
    const allowed = options.allowCredentials?.map(({ id }) => id) ?? [];
    const credential = [...this.credentials.values()].find(({ id }) =>
      overrides.credentialId ? id === overrides.credentialId : allowed.length === 0 || allowed.includes(id),
    );
    if (!credential) {
      throw new Error('NotAllowedError: no credential for these options');
    }
    // An overridden counter is reported once; the authenticator's own keeps counting.
    const counter = overrides.counter ?? (credential.counter += 1);
    const authData = Buffer.concat([
      createHash('sha256')
        .update(overrides.rpId ?? credential.rpId)
        .digest(),
      Buffer.from([UP | (overrides.userVerified === false ? 0 : UV)]),
      counterBytes(counter),
    ]);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, overrides);
    const signature = sign(
      'sha256',
      Buffer.concat([
        authData,
        createHash('sha256').update(Buffer.from(clientDataJSON, 'base64url')).digest(),
      ]),
      credential.privateKey,
    );
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON,
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: overrides.userHandle ?? credential.userHandle,
      },
    };
  }

  /** The credential ids this authenticator holds, oldest first. */
  credentialIds(): string[] {
    return [...this.credentials.keys()];
  }

  private clientData(type: string, challenge: string, overrides: CeremonyOverrides): string {
    return Buffer.from(
      JSON.stringify({
        type,
        challenge: overrides.challenge ?? challenge,
        origin: overrides.origin ?? this.origin,
        crossOrigin: false,
      }),
    ).toString('base64url');
  }
}
