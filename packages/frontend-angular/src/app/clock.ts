import { InjectionToken } from '@angular/core';
import { systemClock, type Clock } from 'step-up';

/** The core's {@link Clock} for the SPA: the system clock, replaced in tests to freeze time. */
export const CLOCK = new InjectionToken<Clock>('CLOCK', {
  providedIn: 'root',
  factory: () => systemClock,
});
