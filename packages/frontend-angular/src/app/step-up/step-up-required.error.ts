import { StepUpChallenge } from 'step-up';

/**
 * The API refused a request with an RFC 9470 `insufficient_user_authentication` challenge: the
 * access token is fine, but the sign-in behind it is not strong enough (`acrValues`) or not recent
 * enough (`maxAge`). Thrown by the step-up interceptor in place of the `HttpErrorResponse`, which
 * stays available as `cause`.
 */
export class StepUpRequiredError extends Error {
  override readonly name = 'StepUpRequiredError';
  readonly code = 'insufficient_user_authentication';
  /** Acceptable `acr` values, most preferred first; may be empty when only recency is asked for. */
  readonly acrValues: readonly string[];
  /** Largest acceptable age of the authentication, in seconds. */
  readonly maxAge?: number;
  /** The API's `error_description`, for developers; not shown to visitors as is. */
  readonly description?: string;

  constructor(challenge: StepUpChallenge, options?: ErrorOptions) {
    super(challenge.description ?? 'The API asks for a stronger or more recent sign-in.', options);
    this.acrValues = [...challenge.acrValues];
    if (challenge.maxAge !== undefined) {
      this.maxAge = challenge.maxAge;
    }
    if (challenge.description !== undefined) {
      this.description = challenge.description;
    }
  }
}
