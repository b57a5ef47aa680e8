import { ManualClock } from './manual-clock';

describe('ManualClock', () => {
  it('stands still until it is moved or set', () => {
    const clock = new ManualClock(1_000);
    expect([clock.now(), clock.now()]).toEqual([1_000, 1_000]);

    clock.advance(500);
    expect(clock.now()).toBe(1_500);

    clock.set(10_000);
    expect(clock.now()).toBe(10_000);
  });
});
