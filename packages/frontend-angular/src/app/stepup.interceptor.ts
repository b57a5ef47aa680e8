// The post's "Use an Angular interceptor to catch step-up HTTP error responses": the challenge is read here.
// Redirecting and replaying live in step-up/step-up.service.ts; the trip in step-up/step-up.store.ts.
import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { findStepUpChallenge, StepUpChallenge, StepUpRequirement } from 'step-up';
import { catchError, throwError } from 'rxjs';

import { isApiUrl } from './api-url';

/**
 * Turns the API's RFC 9470 step-up challenge (401 with a Bearer `insufficient_user_authentication`
 * challenge in `WWW-Authenticate`) into a {@link StepUpRequiredError}, the post's
 * `{ error, acr_values }`. The header is parsed with the shared RFC 9110 parser, so several
 * challenges, quoted commas and escapes are read correctly. Every other error, and any response from
 * outside `/api/`, passes through untouched.
 */
export const stepupInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url, inject(DOCUMENT).baseURI)) {
    return next(req);
  }
  return next(req).pipe(catchError((error: unknown) => throwError(() => asStepUpRequired(error) ?? error)));
};

function asStepUpRequired(error: unknown): StepUpRequiredError | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
    return null;
  }
  // Several WWW-Authenticate fields are one comma-separated list (RFC 9110 §5.3).
  const challenge = findStepUpChallenge(error.headers.getAll('WWW-Authenticate')?.join(', '));
  return challenge === null ? null : new StepUpRequiredError(challenge, { cause: error });
}

/**
 * The API refused a request with an RFC 9470 `insufficient_user_authentication` challenge: the
 * access token is fine, but the sign-in behind it is not strong enough (`acrValues`) or not recent
 * enough (`maxAge`). Thrown in place of the `HttpErrorResponse`, which stays available as `cause`.
 */
export class StepUpRequiredError extends Error {
  override readonly name = 'StepUpRequiredError';
  readonly code = 'insufficient_user_authentication';
  /** What the API asks for: acceptable `acr` values (most preferred first, maybe none) and `max_age`. */
  readonly requirement: StepUpRequirement;
  /** The API's `error_description`, for developers; not shown to visitors as is. */
  readonly description?: string;

  constructor({ acrValues, maxAge, description }: StepUpChallenge, options?: ErrorOptions) {
    super(description ?? 'The API asks for a stronger or more recent sign-in.', options);
    this.requirement = { acrValues: [...acrValues], ...(maxAge === undefined ? {} : { maxAge }) };
    if (description !== undefined) {
      this.description = description;
    }
  }
}
