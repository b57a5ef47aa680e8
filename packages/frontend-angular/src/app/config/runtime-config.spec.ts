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
      },
    },
    {
      description: 'drops trailing slashes from the issuer',
      input: { issuer: 'https://id.example.com/oauth2/default/', clientId: 'spa' },
      expected: { issuer: 'https://id.example.com/oauth2/default', clientId: 'spa', stepUpMode: 'redirect' },
    },
    {
      description: 'accepts http on 127.0.0.1',
      input: { issuer: 'http://127.0.0.1:3001/oauth2/default', clientId: 'spa' },
      expected: { issuer: 'http://127.0.0.1:3001/oauth2/default', clientId: 'spa', stepUpMode: 'redirect' },
    },
    {
      description: 'accepts http on the IPv6 loopback',
      input: { issuer: 'http://[::1]:3001/oauth2/default', clientId: 'spa' },
      expected: { issuer: 'http://[::1]:3001/oauth2/default', clientId: 'spa', stepUpMode: 'redirect' },
    },
    {
      description: 'reads the popup step-up mode',
      input: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'popup' },
      expected: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'popup' },
    },
    {
      description: 'reads the redirect step-up mode when named',
      input: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'redirect' },
      expected: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode: 'redirect' },
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
      message: /"issuer" must be the absolute URL/,
    },
    {
      description: 'rejects a blank issuer',
      input: { issuer: '  ', clientId: 'spa' },
      message: /"issuer" must be the absolute URL/,
    },
    {
      description: 'rejects a relative issuer',
      input: { issuer: '/oauth2/default', clientId: 'spa' },
      message: /must be an absolute URL/,
    },
    {
      description: 'rejects a non-http scheme',
      input: { issuer: 'ftp://id.example.com', clientId: 'spa' },
      message: /must use https/,
    },
    {
      description: 'rejects plain http away from loopback',
      input: { issuer: 'http://id.example.com/oauth2/default', clientId: 'spa' },
      message: /must use https \(http only on localhost\)/,
    },
    {
      description: 'rejects an issuer with a query',
      input: { issuer: 'https://id.example.com/oauth2/default?x=1', clientId: 'spa' },
      message: /must not contain credentials, a query or a fragment/,
    },
    {
      description: 'rejects an issuer with credentials',
      input: { issuer: 'https://user:pass@id.example.com/oauth2/default', clientId: 'spa' },
      message: /must not contain credentials/,
    },
    {
      description: 'rejects a missing client id',
      input: { issuer: 'https://id.example.com' },
      message: /"clientId" must be/,
    },
    {
      description: 'rejects an empty client id',
      input: { issuer: 'https://id.example.com', clientId: '' },
      message: /"clientId" must be/,
    },
    {
      description: 'rejects a numeric client id',
      input: { issuer: 'https://id.example.com', clientId: 42 },
      message: /"clientId" must be/,
    },
    {
      description: 'rejects a client id with surrounding spaces',
      input: { issuer: 'https://id.example.com', clientId: ' spa ' },
      message: /"clientId" must be/,
    },
    {
      description: 'rejects a client id with control characters',
      input: { issuer: 'https://id.example.com', clientId: 'spa\nx' },
      message: /"clientId" must be/,
    },
    ...['Popup', 'window', '', true, null].map((stepUpMode) => ({
      description: `rejects the step-up mode ${JSON.stringify(stepUpMode)}`,
      input: { issuer: 'https://id.example.com', clientId: 'spa', stepUpMode },
      message: `config.json: "stepUpMode" must be "redirect" or "popup" (or left out), got ${JSON.stringify(stepUpMode)}.`,
    })),
  ])('$description', ({ input, message }) => {
    const parse = () => parseRuntimeConfig(input);
    expect(parse).toThrow(RuntimeConfigError);
    expect(parse).toThrow(message);
  });
});
