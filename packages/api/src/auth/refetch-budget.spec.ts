import { RefetchBudget } from './refetch-budget';

describe('RefetchBudget', () => {
  let now: number;
  const budget = (burst = 3, intervalMs = 5_000) =>
    new RefetchBudget({ burst, intervalMs, clock: { now: () => now } });
  const takeTimes = (bucket: RefetchBudget, times: number) =>
    Array.from({ length: times }, () => bucket.take()).filter(Boolean).length;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows a burst of refetches at once, then none', () => {
    expect(takeTimes(budget(), 10)).toBe(3);
  });

  it.each([
    { description: 'a fifth of an interval', elapsed: 1_000, expected: 0 },
    { description: 'one interval', elapsed: 5_000, expected: 1 },
    { description: 'two and a half intervals', elapsed: 12_500, expected: 2 },
    { description: 'an hour (never more than the burst)', elapsed: 3_600_000, expected: 3 },
  ])('earns back one refetch per interval: $description gives $expected', ({ elapsed, expected }) => {
    const bucket = budget();
    takeTimes(bucket, 3);
    now += elapsed;

    expect(takeTimes(bucket, 10)).toBe(expected);
  });

  it('allows at most the burst plus one per interval to a steady flood', () => {
    const bucket = budget();
    let allowed = 0;
    for (let step = 0; step < 600; step++) {
      allowed += takeTimes(bucket, 5);
      now += 100;
    }

    expect(allowed).toBe(3 + Math.floor((600 * 100 - 100) / 5_000));
  });

  it('earns nothing when the clock goes back', () => {
    const bucket = budget();
    takeTimes(bucket, 3);
    now -= 60_000;

    expect(bucket.take()).toBe(false);
  });

  it.each([
    { burst: 0, intervalMs: 5_000 },
    { burst: 1.5, intervalMs: 5_000 },
    { burst: 3, intervalMs: 0 },
  ])('refuses a burst of $burst with an interval of $intervalMs ms', ({ burst, intervalMs }) => {
    expect(() => budget(burst, intervalMs)).toThrow(RangeError);
  });
});
