import { join } from 'node:path';
import { DEFAULT_DATABASE_PATH, resolveDatabasePath } from './database-path';

describe('database path', () => {
  it('defaults to data/api.sqlite inside the API package, wherever the process starts', () => {
    expect(DEFAULT_DATABASE_PATH).toBe(join(__dirname, '..', '..', 'data', 'api.sqlite'));
  });

  it.each([
    { description: 'keeps :memory: as it is', input: ':memory:', expected: ':memory:' },
    {
      description: 'keeps an absolute path',
      input: '/var/lib/api/api.sqlite',
      expected: '/var/lib/api/api.sqlite',
    },
    {
      description: 'finds a relative path from the current directory',
      input: 'data/x.sqlite',
      expected: '/srv/app/data/x.sqlite',
    },
  ])('$description', ({ input, expected }) => {
    expect(resolveDatabasePath(input, '/srv/app')).toBe(expected);
  });
});
