import { isApiUrl } from './api-url';

const BASE = 'http://localhost:4200/';

describe('isApiUrl', () => {
  it.each([
    { description: 'a relative API path', input: '/api/messages', expected: true },
    { description: 'the API root', input: '/api', expected: true },
    { description: 'an API path with a query', input: '/api/messages?limit=5', expected: true },
    {
      description: 'a same-origin absolute API URL',
      input: 'http://localhost:4200/api/messages',
      expected: true,
    },
    { description: 'a path relative to the base', input: 'api/messages', expected: true },
    { description: 'another origin', input: 'https://evil.example/api/messages', expected: false },
    { description: 'a protocol-relative URL', input: '//evil.example/api/messages', expected: false },
    { description: 'another port', input: 'http://localhost:3000/api/messages', expected: false },
    { description: 'https on the same host', input: 'https://localhost:4200/api/messages', expected: false },
    { description: 'a path that only starts like the API', input: '/apiary', expected: false },
    {
      description: 'a path that leaves the API with dot segments',
      input: '/api/../config.json',
      expected: false,
    },
    { description: 'the provider', input: 'http://localhost:3001/oauth2/default/v1/token', expected: false },
    { description: 'an unparsable URL', input: 'http://[bad', expected: false },
  ])('is $expected for $description', ({ input, expected }) => {
    expect(isApiUrl(input, BASE)).toBe(expected);
  });
});
