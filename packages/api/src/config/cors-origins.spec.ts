import { parseCorsOrigins } from './cors-origins';

describe('parseCorsOrigins', () => {
  it.each([
    { input: '', expected: [] },
    { input: '  ', expected: [] },
    { input: 'http://localhost:4200', expected: ['http://localhost:4200'] },
    {
      input: 'https://app.example.com, http://localhost:4400',
      expected: ['https://app.example.com', 'http://localhost:4400'],
    },
    {
      input: 'http://127.0.0.1:4200,http://[::1]:4200',
      expected: ['http://127.0.0.1:4200', 'http://[::1]:4200'],
    },
    { input: 'https://a.example,https://a.example', expected: ['https://a.example'] },
  ])('reads $input', ({ input, expected }) => {
    expect(parseCorsOrigins(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    { description: 'a wildcard', input: '*', expected: 'may not use wildcards ("*"): list every origin' },
    {
      description: 'a wildcard subdomain',
      input: 'https://*.example.com',
      expected: 'may not use wildcards ("https://*.example.com"): list every origin',
    },
    {
      description: 'the null origin',
      input: 'null',
      expected: 'must list origins such as https://app.example.com ("null" is not one)',
    },
    {
      description: 'a host without a scheme',
      input: 'localhost:4200',
      expected: 'must list http or https origins ("localhost:4200" is not one)',
    },
    {
      description: 'a trailing slash',
      input: 'http://localhost:4200/',
      expected:
        'must list bare origins as browsers send them: "http://localhost:4200" rather than "http://localhost:4200/"',
    },
    {
      description: 'a path',
      input: 'https://app.example.com/spa',
      expected:
        'must list bare origins as browsers send them: "https://app.example.com" rather than "https://app.example.com/spa"',
    },
    {
      description: 'upper case',
      input: 'https://App.Example.com',
      expected:
        'must list bare origins as browsers send them: "https://app.example.com" rather than "https://App.Example.com"',
    },
    {
      description: 'the default port',
      input: 'https://app.example.com:443',
      expected:
        'must list bare origins as browsers send them: "https://app.example.com" rather than "https://app.example.com:443"',
    },
    {
      description: 'credentials',
      input: 'https://user@app.example.com',
      expected:
        'must list bare origins as browsers send them: "https://app.example.com" rather than "https://user@app.example.com"',
    },
    {
      description: 'an empty entry',
      input: 'http://localhost:4200,,https://a.example',
      expected: 'has an empty entry',
    },
    {
      description: 'a file URL',
      input: 'file:///tmp',
      expected: 'must list http or https origins ("file:///tmp" is not one)',
    },
  ])('refuses $description', ({ input, expected }) => {
    expect(parseCorsOrigins(input)).toEqual({ ok: false, problems: [expected] });
  });

  it('reports every bad entry, each problem once, and no origin', () => {
    expect(parseCorsOrigins('*, https://a.example, http://localhost:4200/, , *, ')).toEqual({
      ok: false,
      problems: [
        'may not use wildcards ("*"): list every origin',
        'must list bare origins as browsers send them: "http://localhost:4200" rather than "http://localhost:4200/"',
        'has an empty entry',
      ],
    });
  });
});
