import { ManualClock } from 'step-up/testing';

import { DEFAULT_ONE_TIME_CODES, OneTimeCodeStore, type CodeHolder } from './one-time-code-store.js';

describe('OneTimeCodeStore', () => {
  let clock: ManualClock;
  const seconds = (n: number) => n * 1000;
  const signIn: CodeHolder = { interactionId: 'interaction-1', accountId: 'u1' };

  beforeEach(() => {
    clock = new ManualClock(Date.UTC(2025, 0, 1, 12, 0, 0));
  });

  function wrongCodeFor(code: string): string {
    return code === '000000' ? '000001' : '000000';
  }

  it('issues six random digits valid for five minutes', () => {
    const store = new OneTimeCodeStore(clock);

    expect(store.issue(signIn)).toEqual({
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      code: expect.stringMatching(/^\d{6}$/),
      issuedAt: clock.now(),
      expiresAt: clock.now() + seconds(300),
    });
  });

  it('accepts a code until 4:59 and refuses it from 5:00', () => {
    const store = new OneTimeCodeStore(clock);
    const { code } = store.issue(signIn);
    const start = clock.now();

    clock.set(start + seconds(299));
    expect(store.hasUsableCode(signIn)).toBe(true);
    clock.set(start + seconds(300));
    expect(store.hasUsableCode(signIn)).toBe(false);
    expect(store.verify(signIn, code)).toEqual({ outcome: 'expired' });

    clock.set(start);
    const fresh = new OneTimeCodeStore(clock);
    const other = fresh.issue(signIn).code;
    clock.set(start + seconds(299));
    expect(fresh.verify(signIn, other)).toEqual({ outcome: 'valid' });
  });

  it('accepts a code only once', () => {
    const store = new OneTimeCodeStore(clock);
    const { code } = store.issue(signIn);

    expect(store.verify(signIn, code)).toEqual({ outcome: 'valid' });
    expect(store.verify(signIn, code)).toEqual({ outcome: 'missing' });
  });

  it('locks the code at the fifth wrong entry, even for the right code afterwards', () => {
    const store = new OneTimeCodeStore(clock);
    const { code } = store.issue(signIn);
    const wrong = wrongCodeFor(code);

    expect([1, 2, 3, 4, 5].map(() => store.verify(signIn, wrong))).toEqual([
      { outcome: 'invalid', attemptsLeft: 4 },
      { outcome: 'invalid', attemptsLeft: 3 },
      { outcome: 'invalid', attemptsLeft: 2 },
      { outcome: 'invalid', attemptsLeft: 1 },
      { outcome: 'invalid', attemptsLeft: 0 },
    ]);
    expect(store.verify(signIn, code)).toEqual({ outcome: 'locked' });
    expect(store.hasUsableCode(signIn)).toBe(false);
  });

  it('unlocks with a new code, which replaces the old one', () => {
    const draws = [111111, 222222];
    const store = new OneTimeCodeStore(clock, undefined, () => draws.shift()!);
    store.issue(signIn);
    for (let i = 0; i < 5; i += 1) store.verify(signIn, '000000');

    store.issue(signIn);
    expect(store.verify(signIn, '111111')).toEqual({ outcome: 'invalid', attemptsLeft: 4 });
    expect(store.verify(signIn, '222222')).toEqual({ outcome: 'valid' });
  });

  it.each(['', '12345', '1234567', 'abcdef', ' 123456'])(
    'refuses the malformed candidate %p as a wrong entry',
    (candidate) => {
      const store = new OneTimeCodeStore(clock);
      store.issue(signIn);

      expect(store.verify(signIn, candidate)).toEqual({ outcome: 'invalid', attemptsLeft: 4 });
    },
  );

  describe('binds every code to its sign-in and account', () => {
    const first: CodeHolder = { interactionId: 'browser-a', accountId: 'bob' };
    const second: CodeHolder = { interactionId: 'browser-b', accountId: 'bob' };

    function storeWithTwoCodes(): OneTimeCodeStore {
      const draws = [123456, 654321, 222222];
      const store = new OneTimeCodeStore(clock, undefined, () => draws.shift()!);
      store.issue(first);
      store.issue(second);
      return store;
    }

    it('refuses the code of one sign-in in another sign-in of the same account', () => {
      const store = storeWithTwoCodes();

      expect(store.verify(second, '123456')).toEqual({ outcome: 'invalid', attemptsLeft: 4 });
      expect(store.verify(first, '123456')).toEqual({ outcome: 'valid' });
    });

    it('keeps the code of one sign-in when another sign-in sends a new code', () => {
      const store = storeWithTwoCodes();
      store.issue(second);

      expect(store.verify(first, '123456')).toEqual({ outcome: 'valid' });
    });

    it('has no code for the sign-in when the account differs from the one it was sent to', () => {
      const store = storeWithTwoCodes();
      const otherAccount = { interactionId: 'browser-a', accountId: 'alice' };

      expect(store.hasUsableCode(otherAccount)).toBe(false);
      expect(store.verify(otherAccount, '123456')).toEqual({ outcome: 'missing' });
      expect(store.verify(first, '123456')).toEqual({ outcome: 'valid' });
    });

    it('counts wrong entries per sign-in', () => {
      const store = storeWithTwoCodes();
      for (let i = 0; i < 5; i += 1) store.verify(first, '000000');

      expect(store.hasUsableCode(first)).toBe(false);
      expect(store.verify(second, '654321')).toEqual({ outcome: 'valid' });
    });
  });

  it('keeps at most maxCodes codes, dropping expired ones first and then the oldest', () => {
    const store = new OneTimeCodeStore(clock, { ...DEFAULT_ONE_TIME_CODES, maxCodes: 3 });
    store.issue({ interactionId: 'old', accountId: 'u1' });
    clock.advance(seconds(301));
    const kept = ['a', 'b', 'c'].map((interactionId) => ({ interactionId, accountId: 'u1' }));
    kept.forEach((holder) => store.issue(holder));
    expect(store.size).toBe(3);

    store.issue({ interactionId: 'd', accountId: 'u1' });
    expect(store.size).toBe(3);
    expect(store.hasUsableCode(kept[0])).toBe(false);
    expect(store.hasUsableCode(kept[1])).toBe(true);
  });

  it('pads small draws to six digits', () => {
    expect(new OneTimeCodeStore(clock, undefined, () => 42).issue(signIn).code).toBe('000042');
  });

  it('has nothing to verify before a code was sent', () => {
    expect(new OneTimeCodeStore(clock).verify(signIn, '123456')).toEqual({ outcome: 'missing' });
  });
});
