import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { findStepUpChallenge } from 'step-up';
import { catchError, throwError } from 'rxjs';

import { isApiUrl } from './api-url';
import { StepUpRequiredError } from './step-up/step-up-required.error';

/**
 * Turns the API's RFC 9470 step-up challenge (401 with a Bearer `insufficient_user_authentication`
 * challenge in `WWW-Authenticate`) into a {@link StepUpRequiredError}. The header is parsed with the
 * shared RFC 9110 parser, so several challenges, quoted commas and escapes are read correctly. Every
 * other error, and any response from outside `/api/`, passes through untouched.
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
