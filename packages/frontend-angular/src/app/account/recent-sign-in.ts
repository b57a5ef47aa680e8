import { InjectionToken } from '@angular/core';

/**
 * How recent a sign-in the account page accepts unless `/config.json` says otherwise ("accountMaxAge";
 * `ACCOUNT_MAX_AGE` for `npm start`), in seconds. Deliberately short, so that a person trying the demo
 * sees the re-authentication within a minute; a real app would choose minutes, as the API does for large
 * transactions (`STEP_UP_MAX_AGE`, 300 s). The browser tests set a few seconds.
 */
export const DEFAULT_ACCOUNT_MAX_AGE_SECONDS = 30;

/** The longest window the setting accepts: a day. */
export const MAX_ACCOUNT_MAX_AGE_SECONDS = 86_400;

/** The account page's window, in seconds, from the runtime configuration (see app.config.ts). */
export const ACCOUNT_MAX_AGE = new InjectionToken<number>('ACCOUNT_MAX_AGE', {
  factory: () => DEFAULT_ACCOUNT_MAX_AGE_SECONDS,
});
