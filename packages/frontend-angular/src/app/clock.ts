import { InjectionToken } from '@angular/core';

/** The current time in milliseconds since the epoch; replaced in tests to freeze time. */
export type Clock = () => number;

export const CLOCK = new InjectionToken<Clock>('CLOCK', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});
