/**
 * The SPA's ACCOUNT_MAX_AGE for the browser tests (the default is 30 s): the Account page opens only
 * within this many seconds of signing in. Short, so that a test waits a few seconds for a sign-in to
 * go stale; long enough for a test to open the page right after signing in.
 */
export const ACCOUNT_MAX_AGE_SECONDS = 10;
