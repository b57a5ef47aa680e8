import type { Clock } from '../clock.js';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  let nowMs: number;
  const clock: Clock = { now: () => nowMs };
  const minutes = (n: number) => n * 60_000;

  beforeEach(() => {
    nowMs = Date.UTC(2025, 0, 1);
  });

  function failTimes(throttle: LoginThrottle, key: string, times: number) {
    for (let i = 0; i < times; i += 1) {
      throttle.recordFailure(key);
    }
  }

  it('allows four wrong passwords and refuses after the fifth for 15 minutes', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, 'alice@example.com', 4);
    expect(throttle.check('alice@example.com')).toEqual({ allowed: true });

    expect(throttle.recordFailure('alice@example.com')).toEqual({ allowed: false, retryAfterSeconds: 900 });
    nowMs += minutes(14);
    expect(throttle.check('alice@example.com')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    nowMs += minutes(1);
    expect(throttle.check('alice@example.com')).toEqual({ allowed: true });
  });

  it('forgets failures older than the 15-minute window', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, 'alice@example.com', 4);
    nowMs += minutes(15) + 1;

    throttle.recordFailure('alice@example.com');
    expect(throttle.check('alice@example.com')).toEqual({ allowed: true });
  });

  it('counts accounts separately', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, 'alice@example.com', 5);

    expect(throttle.check('bob@example.com')).toEqual({ allowed: true });
  });

  it('clears the count after a successful sign-in', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, 'alice@example.com', 4);
    throttle.recordSuccess('alice@example.com');
    failTimes(throttle, 'alice@example.com', 4);

    expect(throttle.check('alice@example.com')).toEqual({ allowed: true });
  });
});
