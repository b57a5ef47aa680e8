/**
 * The API's STEP_UP_MAX_AGE for the browser tests (the default is 300 s): large transactions need a
 * sign-in at most this old. Short enough that a test can wait for a sign-in to go stale, long enough
 * that the other tests submit well within it.
 */
export const STEP_UP_MAX_AGE_SECONDS = 45;
