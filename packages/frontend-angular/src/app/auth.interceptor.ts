// The post's auth.interceptor.ts (wired beside stepupInterceptor in app.config.ts): the access token for the API.
// Only same-origin /api/ requests get it (api-url.ts); the step-up challenge is read in stepup.interceptor.ts.
import { HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { OKTA_AUTH } from '@okta/okta-angular';
import { from, switchMap } from 'rxjs';

import { isApiUrl } from './api-url';

/**
 * Sends the access token (RFC 6750 `Authorization: Bearer`) with requests to this app's own `/api/`
 * and nowhere else: a token handed to another origin could be replayed against our API. The token is
 * renewed first when it has expired; without one the request goes out bare and the API answers 401.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url, inject(DOCUMENT).baseURI) || req.headers.has('Authorization')) {
    return next(req);
  }
  const oktaAuth = inject(OKTA_AUTH);
  return from(oktaAuth.getOrRenewAccessToken()).pipe(
    switchMap((accessToken) =>
      next(accessToken ? req.clone({ setHeaders: { Authorization: `Bearer ${accessToken}` } }) : req),
    ),
  );
};
