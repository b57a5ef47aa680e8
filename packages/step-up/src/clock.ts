/**
 * The time source of every time-based rule (`exp`, `auth_time` against `max_age`, code expiry, throttles),
 * injected so that tests can freeze it. One method, so a plain object literal is a clock.
 */
export interface Clock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
}

/** The clock of the machine. */
export const systemClock: Clock = { now: () => Date.now() };

/** The clock's time in whole seconds since the epoch, rounded down: the unit of `auth_time`, `iat` and `exp`. */
export function epochSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}
