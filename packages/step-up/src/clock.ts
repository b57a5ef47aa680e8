/** The current time in whole seconds since the epoch, the unit of `exp`, `iat` and `auth_time`. */
export function epochSeconds(nowMilliseconds: number = Date.now()): number {
  return Math.floor(nowMilliseconds / 1000);
}
