import { ApiError } from '../errors/api-error';

export interface SigningKeysUnavailableOptions extends ErrorOptions {
  /** When a new download may be tried, in milliseconds since the epoch. */
  retryAt: number;
}

/** The issuer's signing keys could not be loaded (unreachable, slow, or answering garbage). */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';
  readonly code = 'signing_keys_unavailable';
  readonly retryAt: number;

  constructor(message: string, options: SigningKeysUnavailableOptions) {
    super(message, options);
    this.retryAt = options.retryAt;
  }
}

/**
 * 503 `temporarily_unavailable` with `Retry-After`: the token could not be checked because the issuer's
 * keys cannot be downloaded and no key downloaded earlier fits. The token may be perfectly good, so
 * the answer is not `invalid_token` (which tells a client to throw the token away and sign the user in
 * again, at a provider that may be down too), and carries no Bearer challenge: RFC 6750 §3 asks for
 * one when credentials are missing or refused, and these were neither.
 */
export class IssuerUnavailableError extends ApiError {
  override readonly name = 'IssuerUnavailableError';
  readonly code = 'temporarily_unavailable';
  readonly status = 503;
  override readonly headers: Readonly<Record<string, string>>;

  constructor(retryAfterSeconds: number, options?: ErrorOptions) {
    super(
      'The signing keys of the issuer are unavailable, so the access token cannot be verified now; retry later',
      options,
    );
    this.headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' };
  }
}
