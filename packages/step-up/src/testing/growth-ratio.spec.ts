import { growthRatio } from './growth-ratio';

describe('growthRatio', () => {
  const repeated = (length: number) => 'a'.repeat(length);

  it('is near the growth factor for a function that reads its input once', () => {
    const linear = (input: string) => input.split('').reverse().length;
    expect(growthRatio(linear, repeated, 16_000, 16)).toBeLessThan(64);
  });

  it('is far above the growth factor for a function that rescans its input at every position', () => {
    const quadratic = (input: string) => {
      let found = 0;
      for (let i = 0; i < input.length; i += 1) found += input.lastIndexOf('b', i) + 1;
      return found;
    };
    expect(growthRatio(quadratic, repeated, 1_000, 16)).toBeGreaterThan(64);
  });
});
