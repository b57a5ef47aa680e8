import { parseExactDecimal, rescale } from './exact-decimal';

describe('parseExactDecimal', () => {
  it.each([
    { input: '0', expected: { coefficient: 0n, scale: 0 } },
    { input: '1000', expected: { coefficient: 1000n, scale: 0 } },
    { input: '1234.50', expected: { coefficient: 123_450n, scale: 2 } },
    { input: '0.05', expected: { coefficient: 5n, scale: 2 } },
    { input: '99999999999999999999.99', expected: { coefficient: 9_999_999_999_999_999_999_999n, scale: 2 } },
  ])('reads $input exactly', ({ input, expected }) => {
    expect(parseExactDecimal(input)).toEqual(expected);
  });

  it.each([
    '',
    '-1',
    '+1',
    '1e3',
    '00.10',
    '01',
    '.5',
    '5.',
    ' 5',
    '5 ',
    '1,000',
    '1_000',
    '٣',
    'NaN',
    'Infinity',
    '0x10',
  ])('refuses %p', (input) => {
    expect(parseExactDecimal(input)).toBeUndefined();
  });
});

describe('rescale', () => {
  it('adds zeros to reach more digits after the point', () => {
    expect(rescale({ coefficient: 15n, scale: 1 }, 3)).toBe(1500n);
  });

  it('drops trailing zeros to reach fewer digits', () => {
    expect(rescale({ coefficient: 1500n, scale: 3 }, 1)).toBe(15n);
  });

  it('refuses to round', () => {
    expect(() => rescale({ coefficient: 1005n, scale: 3 }, 2)).toThrow(RangeError);
  });
});
