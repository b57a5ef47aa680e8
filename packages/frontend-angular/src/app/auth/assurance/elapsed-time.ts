const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago something happened, in words: "just now", "1 minute ago", "3 hours ago", "2 days ago". */
export function describeElapsed(thenSeconds: number, nowSeconds: number): string {
  const elapsed = Math.floor(nowSeconds - thenSeconds);
  if (elapsed < MINUTE) {
    return elapsed < -MINUTE ? 'in the future (check your clock)' : 'just now';
  }
  if (elapsed < HOUR) {
    return plural(Math.floor(elapsed / MINUTE), 'minute');
  }
  if (elapsed < DAY) {
    return plural(Math.floor(elapsed / HOUR), 'hour');
  }
  return plural(Math.floor(elapsed / DAY), 'day');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** The `auth_time` claim (seconds since the epoch), when it is a usable number. */
export function authTimeSeconds(authTime: unknown): number | null {
  return typeof authTime === 'number' && Number.isFinite(authTime) && authTime > 0 ? authTime : null;
}
