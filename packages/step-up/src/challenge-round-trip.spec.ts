import { formatBearerChallenge } from './challenge-format';
import { parseWwwAuthenticate } from './challenge-parse';

describe('parseWwwAuthenticate reads back what formatBearerChallenge writes', () => {
  const alphabet = ['a', 'Z', '0', ' ', '\t', '"', '\\', ',', '=', ';', ':', '/', 'é', 'ÿ', '~', '!'];
  // A small deterministic generator (Park-Miller), so every run checks the same values.
  let seed = 20_250_615;
  const next = (limit: number): number => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed % limit;
  };
  const values = Array.from({ length: 40 }, (_, index) =>
    Array.from({ length: index % 7 === 0 ? 0 : 1 + next(24) }, () => alphabet[next(alphabet.length)]).join(
      '',
    ),
  );
  const table = values.map((value, index) => ({
    description: `value ${index}: ${JSON.stringify(value)}`,
    input: {
      realm: value,
      error: 'insufficient_user_authentication',
      error_description: value.split('').reverse().join(''),
      max_age: index,
    },
  }));

  it.each(table)('$description', ({ input }) => {
    expect(parseWwwAuthenticate(`Basic realm="other", ${formatBearerChallenge(input)}`)).toEqual([
      { scheme: 'basic', params: { realm: 'other' } },
      { scheme: 'bearer', params: { ...input, max_age: String(input.max_age) } },
    ]);
  });
});
