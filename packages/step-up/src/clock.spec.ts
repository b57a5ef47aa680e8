import { epochSeconds } from './clock';
import { isAuthenticationRecent } from './recency';

describe('epochSeconds', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('reads the current time in whole seconds from the clock', () => {
    jest.useFakeTimers({ now: new Date('2025-06-15T12:00:00.999Z') });
    expect(epochSeconds()).toBe(Date.UTC(2025, 5, 15, 12) / 1000);
  });

  it('converts a given time in milliseconds, rounding down', () => {
    expect(epochSeconds(1_750_000_000_999)).toBe(1_750_000_000);
  });

  it('follows the clock as it advances, so recency can be judged against it', () => {
    jest.useFakeTimers({ now: new Date('2025-06-15T12:00:00Z') });
    const authTime = epochSeconds();
    expect(isAuthenticationRecent(authTime, 300, epochSeconds())).toBe(true);

    jest.advanceTimersByTime(300_000);
    expect(isAuthenticationRecent(authTime, 300, epochSeconds())).toBe(true);

    jest.advanceTimersByTime(1_000);
    expect(isAuthenticationRecent(authTime, 300, epochSeconds())).toBe(false);
  });
});
