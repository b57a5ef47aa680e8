/** Why a passkey ceremony was refused; stable codes for tests and logs. */
export type PasskeyRefusalCode =
  | 'cancelled'
  | 'unsupported'
  | 'browser-failed'
  | 'malformed'
  | 'challenge-expired'
  | 'challenge-foreign'
  | 'wrong-origin'
  | 'wrong-rp-id'
  | 'user-verification-missing'
  | 'unknown-credential'
  | 'other-account'
  | 'counter-regressed'
  | 'already-registered'
  | 'not-verified';

const REFUSALS: Readonly<Record<PasskeyRefusalCode, { status: number; message: string }>> = {
  cancelled: {
    status: 400,
    message: 'The passkey request was cancelled or timed out. Nothing was saved. You can try again.',
  },
  unsupported: {
    status: 400,
    message:
      'This browser cannot use passkeys here (it needs WebAuthn and JavaScript). Sign in another way or use another browser.',
  },
  'browser-failed': {
    status: 400,
    message: 'Your browser could not complete the passkey request. Nothing was saved. You can try again.',
  },
  malformed: { status: 400, message: 'The passkey response could not be read. Try again.' },
  'challenge-expired': {
    status: 400,
    message: 'This passkey request has expired or was already used. Try again.',
  },
  'challenge-foreign': {
    status: 400,
    message: 'This passkey response was made for another sign-in page. Try again on this page.',
  },
  'wrong-origin': {
    status: 400,
    message: 'This passkey response comes from another website. Use your passkey on this page only.',
  },
  'wrong-rp-id': {
    status: 400,
    message: 'This passkey belongs to another website. Use a passkey made for this sign-in service.',
  },
  'user-verification-missing': {
    status: 400,
    message:
      'Your device did not verify that it is you (with your PIN, fingerprint or face). Try again and confirm on your device.',
  },
  'unknown-credential': {
    status: 400,
    message: 'This passkey is not registered here. Sign in with your password, or use another passkey.',
  },
  'other-account': {
    status: 403,
    message:
      'This passkey belongs to another account. Use the passkey of the account you are signed in with.',
  },
  'counter-regressed': {
    status: 403,
    message:
      'This passkey could not be trusted: its authenticator may have been copied. Sign in another way and contact support.',
  },
  'already-registered': {
    status: 409,
    message: 'This passkey is already registered. Sign in with it instead.',
  },
  'not-verified': { status: 400, message: 'The passkey response could not be verified. Try again.' },
};

/** A refused passkey ceremony: the message is shown on the page, with the status. Nothing was stored. */
export class PasskeyRefusal extends Error {
  override readonly name = 'PasskeyRefusal';
  readonly status: number;

  constructor(
    readonly code: PasskeyRefusalCode,
    options?: ErrorOptions,
  ) {
    super(REFUSALS[code].message, options);
    this.status = REFUSALS[code].status;
  }
}
