import { isHttpIssuer, issuerProblem, jwksUriOf } from './issuer-url';

describe('issuerProblem', () => {
  it.each([
    'https://dev-133337.okta.com/oauth2/default',
    'https://dev-133337.okta.com',
    'http://localhost:3001/oauth2/default',
    'http://LOCALHOST:3001/oauth2/default',
    'http://127.0.0.1:3201/oauth2/default',
    'http://[::1]:3201/oauth2/default',
  ])('accepts %s', (issuer) => {
    expect(issuerProblem(issuer)).toBeUndefined();
  });

  it.each([
    {
      description: 'text that is no URL',
      input: 'not a url',
      expected: 'must be an absolute URL such as https://example.okta.com/oauth2/default',
    },
    {
      description: 'a placeholder domain',
      input: 'https://{yourOktaDomain}/oauth2/default',
      expected: 'still holds a placeholder such as {yourOktaDomain}',
    },
    {
      description: 'a host with characters no host name has',
      input: 'https://ex$ample.com/oauth2/default',
      expected: 'must name a valid host',
    },
    {
      description: 'another scheme',
      input: 'ftp://example.com/oauth2/default',
      expected: 'must be an https URL',
    },
    {
      description: 'http on a public host',
      input: 'http://example.com/oauth2/default',
      expected: 'must use https unless its host is localhost, 127.0.0.1 or [::1]',
    },
    {
      description: 'http on a host that merely starts like localhost',
      input: 'http://localhost.evil.example/',
      expected: 'must use https unless its host is localhost, 127.0.0.1 or [::1]',
    },
    {
      description: 'http on a private address',
      input: 'http://10.0.0.1/oauth2/default',
      expected: 'must use https unless its host is localhost, 127.0.0.1 or [::1]',
    },
    {
      description: 'an Okta admin domain',
      input: 'https://dev-133337-admin.okta.com/oauth2/default',
      expected: 'must name the Okta org domain, not its -admin console domain',
    },
    {
      description: 'credentials',
      input: 'https://user:secret@example.com/oauth2/default',
      expected: 'must not contain credentials',
    },
    {
      description: 'a query',
      input: 'https://example.com/oauth2/default?x=1',
      expected: 'must not contain a query or a fragment',
    },
    {
      description: 'an empty query',
      input: 'https://example.com/oauth2/default?',
      expected: 'must not contain a query or a fragment',
    },
    {
      description: 'a fragment',
      input: 'https://example.com/oauth2/default#x',
      expected: 'must not contain a query or a fragment',
    },
    {
      description: 'surrounding whitespace',
      input: 'https://example.com/oauth2/default ',
      expected: 'must not start or end with whitespace',
    },
  ])('refuses $description', ({ input, expected }) => {
    expect(issuerProblem(input)).toBe(expected);
  });
});

describe('isHttpIssuer', () => {
  it.each([
    { input: 'http://localhost:3001/oauth2/default', expected: true },
    { input: 'https://dev-133337.okta.com/oauth2/default', expected: false },
  ])('says $expected for $input', ({ input, expected }) => {
    expect(isHttpIssuer(input)).toBe(expected);
  });
});

describe('jwksUriOf', () => {
  it.each([
    {
      input: 'https://dev-133337.okta.com/oauth2/default',
      expected: 'https://dev-133337.okta.com/oauth2/default/v1/keys',
    },
    {
      input: 'http://localhost:3001/oauth2/default/',
      expected: 'http://localhost:3001/oauth2/default/v1/keys',
    },
  ])('finds the keys of $input at Okta’s path', ({ input, expected }) => {
    expect(jwksUriOf(input)).toBe(expected);
  });
});
