/**
 * How recent a sign-in the account page accepts, in seconds. Deliberately short, so that a person
 * trying the demo (and the browser test) sees the re-authentication within a minute; a real app
 * would choose minutes, as the API does for large transactions (`STEP_UP_MAX_AGE`, 300 s).
 */
export const ACCOUNT_MAX_AGE_SECONDS = 30;
