import {
  audienceProblem,
  clientIdProblem,
  issuerProblem,
  normalizeIssuer,
  portProblem,
  settingProblem,
} from './configuration-values';

describe('issuerProblem', () => {
  it.each([
    'https://dev-133337.okta.com/oauth2/default',
    'https://dev-133337.okta.com/oauth2/default/',
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
      input: 'not-a-url',
      expected: 'must be an absolute URL such as https://example.okta.com/oauth2/default',
    },
    {
      description: 'a relative URL',
      input: '/oauth2/default',
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

describe('normalizeIssuer', () => {
  it.each([
    { input: 'https://id.example.com/oauth2/default', expected: 'https://id.example.com/oauth2/default' },
    { input: 'https://id.example.com/oauth2/default/', expected: 'https://id.example.com/oauth2/default' },
    { input: 'https://id.example.com//', expected: 'https://id.example.com' },
  ])('writes $input as $expected', ({ input, expected }) => {
    expect(normalizeIssuer(input)).toBe(expected);
  });
});

describe('clientIdProblem', () => {
  it.each([
    'stepup-spa',
    '0oab8eb55Kb9jdMIr5d6',
    '6f2a1c3e-58a4-4b59-9d3a-0e6c1f6a7b8c',
    'a.b_c~d',
    'x'.repeat(128),
  ])('accepts %s', (clientId) => {
    expect(clientIdProblem(clientId)).toBeUndefined();
  });

  it.each(['', 'a b', ' spa', 'spa:secret', 'spa\nx', 'spa/x', 'spä', 'x'.repeat(129)])(
    'refuses %j',
    (clientId) => {
      expect(clientIdProblem(clientId)).toBe(
        'must be 1-128 characters from A-Z a-z 0-9 . _ ~ - (no spaces or colons)',
      );
    },
  );
});

describe('audienceProblem', () => {
  it.each(['api://default', 'https://api.example.com', 'urn:example:api'])('accepts %s', (audience) => {
    expect(audienceProblem(audience)).toBeUndefined();
  });

  it.each(['', 'default', ' api://default', 'api://default ', 'api://my api', 'api://default#x'])(
    'refuses %j',
    (audience) => {
      expect(audienceProblem(audience)).toBe(
        'must be an absolute URI without spaces or a fragment, such as api://default',
      );
    },
  );
});

describe('portProblem', () => {
  it.each(['1', '3000', '65535'])('accepts %s', (port) => {
    expect(portProblem(port)).toBeUndefined();
  });

  it.each(['', 'abc', '0', '65536', '-1', '3000.5', '1e3', ' 3000', '123456'])('refuses %j', (port) => {
    expect(portProblem(port)).toBe('must be a port number from 1 to 65535');
  });
});

describe('settingProblem', () => {
  it('names the setting, then the problem, then the value as JSON', () => {
    expect(settingProblem('API_PORT', 'must be a port number from 1 to 65535', 'a"b')).toBe(
      'API_PORT must be a port number from 1 to 65535 (got "a\\"b")',
    );
  });
});
