import { epochSeconds, systemClock } from './clock';
import { isAuthenticationRecent } from './recency';
import { ManualClock } from './testing/manual-clock';

describe('epochSeconds', () => {
  it.each([
    { description: 'a whole second', input: 1_750_000_000_000, expected: 1_750_000_000 },
    {
      description: 'a millisecond before the next second',
      input: 1_750_000_000_999,
      expected: 1_750_000_000,
    },
    { description: 'a millisecond after a second', input: 1_750_000_001_001, expected: 1_750_000_001 },
  ])('reads $description on the clock in whole seconds, rounding down', ({ input, expected }) => {
    expect(epochSeconds({ now: () => input })).toBe(expected);
  });

  it('follows a clock as it moves, so recency can be judged against it', () => {
    const clock = new ManualClock(Date.UTC(2025, 5, 15, 12));
    const authTime = epochSeconds(clock);
    expect(isAuthenticationRecent(authTime, 300, epochSeconds(clock))).toBe(true);

    clock.advance(300_999);
    expect(isAuthenticationRecent(authTime, 300, epochSeconds(clock))).toBe(true);

    clock.advance(1);
    expect(isAuthenticationRecent(authTime, 300, epochSeconds(clock))).toBe(false);
  });
});

describe('systemClock', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("reads the machine's time", () => {
    jest.useFakeTimers({ now: new Date('2025-06-15T12:00:00.250Z') });
    expect(systemClock.now()).toBe(Date.UTC(2025, 5, 15, 12) + 250);
    expect(epochSeconds(systemClock)).toBe(Date.UTC(2025, 5, 15, 12) / 1000);
  });
});
