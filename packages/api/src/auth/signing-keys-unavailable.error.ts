/** The issuer's signing keys could not be loaded (unreachable, slow, or answering garbage). */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';
  readonly code = 'signing_keys_unavailable';
}
