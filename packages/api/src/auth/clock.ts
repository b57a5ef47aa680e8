/** The current time, injected so that tests can freeze it. */
export abstract class Clock {
  abstract nowMilliseconds(): number;

  /** Seconds since the epoch, with the fraction: the unit of `exp`, `nbf` and `iat`. */
  nowSeconds(): number {
    return this.nowMilliseconds() / 1000;
  }

  /** Whole seconds since the epoch: the unit of `auth_time` and `max_age`. */
  nowWholeSeconds(): number {
    return Math.floor(this.nowMilliseconds() / 1000);
  }
}

export class SystemClock extends Clock {
  nowMilliseconds(): number {
    return Date.now();
  }
}
