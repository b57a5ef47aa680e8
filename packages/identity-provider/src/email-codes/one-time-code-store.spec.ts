import type { Clock } from '../clock.js';
import { OneTimeCodeStore, type IssueResult } from './one-time-code-store.js';

describe('OneTimeCodeStore', () => {
  let nowMs: number;
  const clock: Clock = { now: () => nowMs };
  const seconds = (n: number) => n * 1000;

  beforeEach(() => {
    nowMs = Date.UTC(2025, 0, 1, 12, 0, 0);
  });

  function issue(store: OneTimeCodeStore, accountId = 'u1'): string {
    const result: IssueResult = store.issue(accountId);
    if (!result.issued) {
      throw new Error('expected a code');
    }
    return result.code;
  }

  function wrongCodeFor(code: string): string {
    return code === '000000' ? '000001' : '000000';
  }

  it('issues six random digits valid for five minutes', () => {
    const store = new OneTimeCodeStore(clock);
    const result = store.issue('u1');

    expect(result).toEqual({
      issued: true,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      code: expect.stringMatching(/^\d{6}$/),
      issuedAt: nowMs,
      expiresAt: nowMs + seconds(300),
    });
  });

  it('accepts a code until 4:59 and refuses it from 5:00', () => {
    const store = new OneTimeCodeStore(clock);
    const code = issue(store);
    const start = nowMs;

    nowMs = start + seconds(299);
    expect(store.hasUsableCode('u1')).toBe(true);
    nowMs = start + seconds(300);
    expect(store.hasUsableCode('u1')).toBe(false);
    expect(store.verify('u1', code)).toEqual({ outcome: 'expired' });

    nowMs = start;
    const fresh = new OneTimeCodeStore(clock);
    const other = issue(fresh);
    nowMs = start + seconds(299);
    expect(fresh.verify('u1', other)).toEqual({ outcome: 'valid' });
  });

  it('accepts a code only once', () => {
    const store = new OneTimeCodeStore(clock);
    const code = issue(store);

    expect(store.verify('u1', code)).toEqual({ outcome: 'valid' });
    expect(store.verify('u1', code)).toEqual({ outcome: 'missing' });
  });

  it('locks the code after five wrong entries, even for the right code afterwards', () => {
    const store = new OneTimeCodeStore(clock);
    const code = issue(store);
    const wrong = wrongCodeFor(code);

    expect([1, 2, 3, 4].map(() => store.verify('u1', wrong))).toEqual([
      { outcome: 'invalid', attemptsLeft: 4 },
      { outcome: 'invalid', attemptsLeft: 3 },
      { outcome: 'invalid', attemptsLeft: 2 },
      { outcome: 'invalid', attemptsLeft: 1 },
    ]);
    expect(store.verify('u1', wrong)).toEqual({ outcome: 'locked' });
    expect(store.verify('u1', code)).toEqual({ outcome: 'locked' });
    expect(store.hasUsableCode('u1')).toBe(false);
  });

  it('unlocks with a new code', () => {
    const store = new OneTimeCodeStore(clock);
    const first = issue(store);
    for (let i = 0; i < 5; i += 1) store.verify('u1', wrongCodeFor(first));
    nowMs += seconds(30);

    const second = issue(store);
    expect(store.verify('u1', second)).toEqual({ outcome: 'valid' });
  });

  it('refuses a new code within 30 seconds of the previous one, and replaces the old code after', () => {
    const draws = [111111, 222222];
    const store = new OneTimeCodeStore(clock, undefined, () => draws.shift()!);
    const first = issue(store);

    nowMs += seconds(10);
    expect(store.issue('u1')).toEqual({ issued: false, retryAfterSeconds: 20 });
    nowMs += seconds(20);
    expect(store.issue('u1')).toEqual(expect.objectContaining({ issued: true }));
    expect(store.verify('u1', first)).toEqual({ outcome: 'invalid', attemptsLeft: 4 });
  });

  it.each(['', '12345', '1234567', 'abcdef', ' 123456'])(
    'refuses the malformed candidate %p as a wrong entry',
    (candidate) => {
      const store = new OneTimeCodeStore(clock);
      issue(store);

      expect(store.verify('u1', candidate)).toEqual({ outcome: 'invalid', attemptsLeft: 4 });
    },
  );

  it('keeps codes per account', () => {
    const draws = [123456, 654321];
    const store = new OneTimeCodeStore(clock, undefined, () => draws.shift()!);
    expect(issue(store, 'alice')).toBe('123456');
    expect(issue(store, 'bob')).toBe('654321');

    expect(store.verify('bob', '123456')).toEqual({ outcome: 'invalid', attemptsLeft: 4 });
    expect(store.verify('alice', '123456')).toEqual({ outcome: 'valid' });
  });

  it('pads small draws to six digits', () => {
    expect(issue(new OneTimeCodeStore(clock, undefined, () => 42))).toBe('000042');
  });

  it('has nothing to verify before a code was sent', () => {
    expect(new OneTimeCodeStore(clock).verify('u1', '123456')).toEqual({ outcome: 'missing' });
  });
});
