/** The time source for every time-based rule (code expiry, throttling, auth_time), injectable so tests can freeze it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Whole seconds since the epoch, the unit of `auth_time`, `iat` and `exp`. */
export function epochSeconds(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}
