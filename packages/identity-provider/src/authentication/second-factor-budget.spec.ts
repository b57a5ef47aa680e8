import { ManualClock } from 'step-up/testing';

import { DEFAULT_SECOND_FACTOR_BUDGET, SecondFactorBudget } from './second-factor-budget.js';

describe('SecondFactorBudget', () => {
  let clock: ManualClock;
  const seconds = (n: number) => n * 1000;
  const minutes = (n: number) => n * 60_000;
  const hours = (n: number) => n * 3_600_000;

  beforeEach(() => {
    clock = new ManualClock(Date.UTC(2030, 0, 1));
  });

  function fail(budget: SecondFactorBudget, times: number, account = 'bob') {
    for (let i = 0; i < times; i += 1) {
      budget.recordFailure(account);
    }
  }

  it('allows nine wrong codes in a row and pauses the code step at the tenth for 15 minutes', () => {
    const budget = new SecondFactorBudget(clock);
    fail(budget, 9);
    expect(budget.check('bob')).toEqual({ allowed: true });
    expect(budget.failuresLeft('bob')).toBe(1);

    expect(budget.recordFailure('bob')).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(budget.checkNewCode('bob')).toEqual({ allowed: false, retryAfterSeconds: 900 });
    clock.advance(minutes(15) - seconds(1));
    expect(budget.check('bob')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(seconds(1));
    expect(budget.check('bob')).toEqual({ allowed: true });
  });

  it('doubles the cool-off for every wrong code after a pause, up to 24 hours', () => {
    const budget = new SecondFactorBudget(clock);
    fail(budget, 9);
    const pauses = [];
    for (let i = 0; i < 9; i += 1) {
      const verdict = budget.recordFailure('bob');
      if (verdict.allowed) throw new Error('expected a pause');
      pauses.push(verdict.retryAfterSeconds / 60);
      clock.advance(seconds(verdict.retryAfterSeconds));
    }

    expect(pauses).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
  });

  it('starts afresh after a right code', () => {
    const budget = new SecondFactorBudget(clock);
    fail(budget, 9);
    budget.recordSuccess('bob');
    fail(budget, 9);

    expect(budget.check('bob')).toEqual({ allowed: true });
    expect(budget.failuresLeft('bob')).toBe(1);
  });

  it('counts accounts separately', () => {
    const budget = new SecondFactorBudget(clock);
    fail(budget, 10, 'bob');

    expect(budget.check('alice')).toEqual({ allowed: true });
  });

  it('waits longer before every further code: 30 s, 1, 2, 5, 10, then 15 minutes', () => {
    const budget = new SecondFactorBudget(clock);
    const waits = [];
    for (let i = 0; i < 8; i += 1) {
      expect(budget.checkNewCode('bob')).toEqual({ allowed: true });
      budget.recordCodeSent('bob');
      const verdict = budget.checkNewCode('bob');
      if (verdict.allowed) throw new Error('expected a wait');
      waits.push(verdict.retryAfterSeconds);
      clock.advance(seconds(verdict.retryAfterSeconds));
    }

    expect(waits).toEqual([30, 60, 120, 300, 600, 900, 900, 900]);
  });

  it('goes back to a 30-second wait after a right code', () => {
    const budget = new SecondFactorBudget(clock);
    for (let i = 0; i < 4; i += 1) {
      budget.recordCodeSent('bob');
      clock.advance(minutes(5));
    }
    budget.recordSuccess('bob');
    budget.recordCodeSent('bob');

    expect(budget.checkNewCode('bob')).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('forgets an account after 24 quiet hours, counted from the end of a pause', () => {
    const budget = new SecondFactorBudget(clock);
    fail(budget, 9);
    clock.advance(hours(24) - 1);
    expect(budget.failuresLeft('bob')).toBe(1);
    clock.advance(1);
    expect(budget.failuresLeft('bob')).toBe(10);
    expect(budget.size).toBe(0);

    fail(budget, 17);
    clock.advance(hours(24) + minutes(15));
    expect(budget.check('bob')).toEqual({ allowed: true });
    expect(budget.failuresLeft('bob')).toBe(0);
  });

  it('keeps at most maxAccounts records, dropping the least recently active', () => {
    const budget = new SecondFactorBudget(clock, { ...DEFAULT_SECOND_FACTOR_BUDGET, maxAccounts: 3 });
    ['a', 'b', 'c'].forEach((account) => budget.recordFailure(account));
    budget.recordFailure('a');
    budget.recordFailure('d');

    expect(budget.size).toBe(3);
    expect(budget.failuresLeft('b')).toBe(10);
    expect(budget.failuresLeft('a')).toBe(8);
  });

  it('lets an attacker who holds the password guess at most 12 codes in the first hour and 16 in a day', () => {
    const budget = new SecondFactorBudget(clock);
    const start = clock.now();
    const guesses: number[] = [];
    // Guess whenever the account's code step is open, a second apart.
    while (clock.now() < start + hours(24)) {
      if (budget.check('bob').allowed) {
        budget.recordFailure('bob');
        guesses.push(clock.now() - start);
      }
      clock.advance(seconds(1));
    }

    expect(guesses.filter((at) => at < hours(1))).toHaveLength(12);
    expect(guesses).toHaveLength(16);
  });
});
