import { parseRuntimeConfig, RuntimeConfigError } from './runtime-config';

describe('parseRuntimeConfig', () => {
  it.each([
    {
      description: 'accepts the embedded provider on localhost over http',
      input: { issuer: 'http://localhost:3001/oauth2/default', clientId: 'stepup-spa' },
      expected: {
        issuer: 'http://localhost:3001/oauth2/default',
        clientId: 'stepup-spa',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      },
    },
    {
      description: 'accepts an https Okta issuer and ignores unknown fields',
      input: {
        issuer: 'https://dev-133337.okta.com/oauth2/default',
        clientId: '0oab8eb55Kb9jdMIr5d6',
        extra: 1,
      },
      expected: {
        issuer: 'https://dev-133337.okta.com/oauth2/default',
        clientId: '0oab8eb55Kb9jdMIr5d6',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      },
    },
    {
      description: 'drops trailing slashes from the issuer',
      input: { issuer: 'https://id.example.com/oauth2/default/', clientId: 'spa' },
      expected: {
        issuer: 'https://id.example.com/oauth2/default',
        clientId: 'spa',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      },
    },
    {
      description: 'accepts http on 127.0.0.1',
      input: { issuer: 'http://127.0.0.1:3001/oauth2/default', clientId: 'spa' },
      expected: {
        issuer: 'http://127.0.0.1:3001/oauth2/default',
        clientId: 'spa',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      },
    },
    {
      description: 'accepts http on the IPv6 loopback',
      input: { issuer: 'http://[::1]:3001/oauth2/default', clientId: 'spa' },
      expected: {
        issuer: 'http://[::1]:3001/oauth2/default',
        clientId: 'spa',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      },
    },
    {
      description: 'reads the popup step-up mode',
      input: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'popup', accountMaxAge: 30 },
      expected: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'popup', accountMaxAge: 30 },
    },
    {
      description: 'reads the redirect step-up mode when named',
      input: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'redirect', accountMaxAge: 30 },
      expected: {
        issuer: 'https://id.example.com',
        clientId: 'spa',
        stepUpMode: 'redirect',
        accountMaxAge: 30,
      },
    },
    {
      description: 'reads the account page window',
      input: { issuer: 'https://id.example.com', clientId: 'spa', accountMaxAge: 5 },
      expected: {
        issuer: 'https://id.example.com',
        clientId: 'spa',
        stepUpMode: 'redirect',
        accountMaxAge: 5,
      },
    },
  ])('$description', ({ input, expected }) => {
    expect(parseRuntimeConfig(input)).toEqual(expected);
  });

  it.each([
    { description: 'rejects null', input: null, message: /must hold a JSON object/ },
    { description: 'rejects an array', input: [], message: /must hold a JSON object/ },
    { description: 'rejects a string', input: 'https://id.example.com', message: /must hold a JSON object/ },
    {
      description: 'rejects a missing issuer',
      input: { clientId: 'spa' },
      message:
        'config.json has no "issuer": the absolute URL of the authorization server, such as https://example.okta.com/oauth2/default.',
    },
    {
      description: 'rejects a blank issuer',
      input: { issuer: '  ', clientId: 'spa' },
      message: 'config.json "issuer" must not start or end with whitespace (got "  ").',
    },
    {
      description: 'rejects a relative issuer',
      input: { issuer: '/oauth2/default', clientId: 'spa' },
      message:
        'config.json "issuer" must be an absolute URL such as https://example.okta.com/oauth2/default (got "/oauth2/default").',
    },
    {
      description: 'rejects a non-http scheme',
      input: { issuer: 'ftp://id.example.com', clientId: 'spa' },
      message: 'config.json "issuer" must be an https URL (got "ftp://id.example.com").',
    },
    {
      description: 'rejects plain http away from loopback',
      input: { issuer: 'http://id.example.com/oauth2/default', clientId: 'spa' },
      message:
        'config.json "issuer" must use https unless its host is localhost, 127.0.0.1 or [::1] (got "http://id.example.com/oauth2/default").',
    },
    {
      description: 'rejects an issuer with a query',
      input: { issuer: 'https://id.example.com/oauth2/default?x=1', clientId: 'spa' },
      message: /"issuer" must not contain a query or a fragment/,
    },
    {
      description: 'rejects an issuer with credentials',
      input: { issuer: 'https://user:pass@id.example.com/oauth2/default', clientId: 'spa' },
      message: /must not contain credentials/,
    },
    {
      description: 'rejects a missing client id',
      input: { issuer: 'https://id.example.com' },
      message: 'config.json has no "clientId": the client id of this app at the issuer.',
    },
    {
      description: 'rejects an empty client id',
      input: { issuer: 'https://id.example.com', clientId: '' },
      message: 'config.json has no "clientId": the client id of this app at the issuer.',
    },
    {
      description: 'rejects a numeric client id',
      input: { issuer: 'https://id.example.com', clientId: 42 },
      message: 'config.json "clientId" must be a string (got 42).',
    },
    {
      description: 'rejects a client id with surrounding spaces',
      input: { issuer: 'https://id.example.com', clientId: ' spa ' },
      message:
        'config.json "clientId" must be 1-128 characters from A-Z a-z 0-9 . _ ~ - (no spaces or colons) (got " spa ").',
    },
    {
      description: 'rejects a client id with control characters',
      input: { issuer: 'https://id.example.com', clientId: 'spa\nx' },
      message: /"clientId" must be 1-128 characters/,
    },
    ...['Popup', 'window', '', true, null].map((stepUpMode) => ({
      description: `rejects the step-up mode ${JSON.stringify(stepUpMode)}`,
      input: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode },
      message: `config.json "stepUpMode" must be "redirect" or "popup", or be left out (got ${JSON.stringify(stepUpMode)}).`,
    })),
    ...[0, -1, 1.5, 86_401, '5', null, true].map((accountMaxAge) => ({
      description: `rejects the account window ${JSON.stringify(accountMaxAge)}`,
      input: { issuer: 'https://id.example.com', clientId: 'spa', accountMaxAge },
      message: `config.json "accountMaxAge" must be a whole number of seconds from 1 to 86400, or be left out (got ${JSON.stringify(accountMaxAge)}).`,
    })),
  ])('$description', ({ input, message }) => {
    const parse = () => parseRuntimeConfig(input);
    expect(parse).toThrow(RuntimeConfigError);
    expect(parse).toThrow(message);
  });
});
