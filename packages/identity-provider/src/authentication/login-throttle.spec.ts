import { ManualClock } from 'step-up/testing';

import { DEFAULT_LOGIN_THROTTLE, LoginThrottle, type PasswordAttempt } from './login-throttle.js';

describe('LoginThrottle', () => {
  let clock: ManualClock;
  const seconds = (n: number) => n * 1000;
  const minutes = (n: number) => n * 60_000;
  const hours = (n: number) => n * 3_600_000;
  const ALICE = 'alice@example.com';
  const HOME = '198.51.100.7';
  const ATTACKER = '203.0.113.66';

  beforeEach(() => {
    clock = new ManualClock(Date.UTC(2030, 0, 1));
  });

  function attempt(throttle: LoginThrottle, account: string, source: string): PasswordAttempt {
    const admission = throttle.begin(account, source);
    if (!admission.allowed) {
      throw new Error(`refused for ${admission.retryAfterSeconds} s`);
    }
    return admission.attempt;
  }

  function failTimes(throttle: LoginThrottle, account: string, source: string, times: number) {
    for (let i = 0; i < times; i += 1) {
      attempt(throttle, account, source).failed();
    }
  }

  it('lets one source try four wrong passwords and pauses it after the fifth for 15 minutes', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, ALICE, ATTACKER, 4);
    expect(throttle.check(ALICE, ATTACKER)).toEqual({ allowed: true });

    expect(attempt(throttle, ALICE, ATTACKER).failed()).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(throttle.begin(ALICE, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 900 });
    clock.advance(minutes(14));
    expect(throttle.check(ALICE, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    clock.advance(minutes(1));
    expect(throttle.check(ALICE, ATTACKER)).toEqual({ allowed: true });
  });

  it('does not pause the account for another source when one source is paused', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, ALICE, ATTACKER, 5);

    expect(throttle.check(ALICE, ATTACKER).allowed).toBe(false);
    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: true });
  });

  it('pauses the account for every source once all sources together reach 25 failures in an hour', () => {
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 5; i += 1) {
      failTimes(throttle, ALICE, `203.0.113.${i}`, 5);
    }

    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    clock.advance(hours(1));
    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: true });
  });

  it('never lets one source alone reach the account-wide ceiling, however it paces its guesses', () => {
    const throttle = new LoginThrottle(clock);
    const start = clock.now();
    let guesses = 0;
    while (clock.now() < start + hours(3)) {
      if (throttle.begin(ALICE, ATTACKER).allowed) {
        guesses += 1;
      }
      clock.advance(seconds(1));
    }

    expect(guesses).toBe(60);
    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: true });
  });

  it('lets every source together guess at most 25 passwords of an account per hour', () => {
    const throttle = new LoginThrottle(clock);
    const start = clock.now();
    const guesses: number[] = [];
    let source = 0;
    while (clock.now() < start + hours(3)) {
      const admission = throttle.begin(ALICE, `203.0.113.${source % 250}`);
      if (admission.allowed) {
        admission.attempt.failed();
        guesses.push(clock.now() - start);
      } else {
        source += 1;
      }
      clock.advance(seconds(1));
    }
    const perHour = [0, 1, 2].map(
      (hour) => guesses.filter((at) => at >= hours(hour) && at < hours(hour + 1)).length,
    );

    expect(Math.max(...perHour)).toBe(25);
  });

  it('counts an attempt before the password is checked, so a burst of 40 has only 5 judged', () => {
    const throttle = new LoginThrottle(clock);
    const admitted = Array.from({ length: 40 }, () => throttle.begin(ALICE, ATTACKER)).filter(
      (admission) => admission.allowed,
    );

    expect(admitted).toHaveLength(5);
  });

  it('takes back the attempt of a right password, with the pause it caused', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, ALICE, HOME, 4);
    const right = attempt(throttle, ALICE, HOME);
    expect(throttle.check(ALICE, HOME).allowed).toBe(false);

    right.succeeded();

    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: true });
  });

  it('forgives the earlier failures of the source after a right password', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, ALICE, HOME, 4);
    attempt(throttle, ALICE, HOME).succeeded();
    failTimes(throttle, ALICE, HOME, 4);

    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: true });
  });

  it('keeps the pause a burst reached when a right password among it succeeds, so no sixth guess is judged', () => {
    const throttle = new LoginThrottle(clock);
    const burst = Array.from({ length: 5 }, () => attempt(throttle, ALICE, ATTACKER));
    burst[0]?.succeeded();
    burst.slice(1).forEach((guess) => guess.failed());

    expect(throttle.begin(ALICE, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('does not let a right password forgive the failures of other sources', () => {
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 4; i += 1) {
      failTimes(throttle, ALICE, `203.0.113.${i}`, 5);
    }
    failTimes(throttle, ALICE, HOME, 4);
    attempt(throttle, ALICE, HOME).succeeded();
    attempt(throttle, ALICE, ATTACKER).failed();

    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
  });

  it('forgets failures older than the window', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, ALICE, HOME, 4);
    clock.advance(minutes(15) + 1);

    attempt(throttle, ALICE, HOME).failed();
    expect(throttle.check(ALICE, HOME)).toEqual({ allowed: true });
  });

  it('counts accounts separately', () => {
    const throttle = new LoginThrottle(clock);
    failTimes(throttle, ALICE, ATTACKER, 5);

    expect(throttle.check('bob@example.com', ATTACKER)).toEqual({ allowed: true });
  });

  it('keeps at most maxEntries records per table, dropping expired ones first, then the least recently used', () => {
    const throttle = new LoginThrottle(clock, { ...DEFAULT_LOGIN_THROTTLE, maxEntries: 100 });
    for (let i = 0; i < 1000; i += 1) {
      attempt(throttle, `user${i}@example.com`, `203.0.113.${i % 250}`).failed();
    }
    expect(throttle.size).toEqual({ sources: 100, accounts: 100 });

    failTimes(throttle, ALICE, ATTACKER, 5);
    expect(throttle.check(ALICE, ATTACKER).allowed).toBe(false);
    expect(throttle.size).toEqual({ sources: 100, accounts: 100 });

    clock.advance(hours(1) + 1);
    attempt(throttle, 'bob@example.com', HOME).failed();
    expect(throttle.size).toEqual({ sources: 1, accounts: 1 });
  });
});
