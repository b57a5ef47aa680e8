import { HttpErrorResponse } from '@angular/common/http';

/**
 * The API answers `503` when it cannot check a token right now (the issuer's keys can't be downloaded): the
 * token may be perfectly good, so this is never a reason to sign in again. Words for it, ending with the
 * page's own way to retry ("Try again", "Post again", …) and the wait the API asked for in `Retry-After`.
 */
export function serviceUnavailableMessage(error: HttpErrorResponse, retry: string): string | null {
  if (error.status !== 503) {
    return null;
  }
  return `The service is temporarily unavailable. ${retry} ${retryWait(error.headers.get('Retry-After'))}.`;
}

/** "in 30 seconds" for a `Retry-After` in delta-seconds (RFC 9110 §10.2.3); "in a moment" for anything else. */
function retryWait(retryAfter: string | null): string {
  const value = retryAfter?.trim() ?? '';
  if (!/^\d{1,9}$/.test(value)) {
    return 'in a moment';
  }
  const seconds = Number(value);
  if (seconds <= 1) {
    return 'in a second';
  }
  if (seconds < 120) {
    return `in ${seconds} seconds`;
  }
  return `in ${Math.ceil(seconds / 60)} minutes`;
}
