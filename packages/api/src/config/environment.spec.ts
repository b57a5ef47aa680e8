import { ConfigurationError } from './configuration-error';
import { readApiSettings, type ApiSettings } from './environment';

describe('readApiSettings', () => {
  it.each<{ description: string; input: Record<string, string>; expected: ApiSettings }>([
    {
      description: 'uses the offline defaults when nothing is set',
      input: {},
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
      },
    },
    {
      description: 'treats empty variables as unset',
      input: { OIDC_ISSUER: '', OIDC_AUDIENCE: '', API_PORT: '' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
      },
    },
    {
      description: 'accepts an Okta org issuer over https',
      input: {
        OIDC_ISSUER: 'https://dev-133337.okta.com/oauth2/default',
        OIDC_AUDIENCE: 'api://stepup',
        API_PORT: '8080',
      },
      expected: {
        oidc: { issuer: 'https://dev-133337.okta.com/oauth2/default', audience: 'api://stepup' },
        server: { port: 8080 },
      },
    },
    {
      description: 'accepts http on 127.0.0.1 and the extreme ports',
      input: { OIDC_ISSUER: 'http://127.0.0.1:3201/oauth2/default', API_PORT: '65535' },
      expected: {
        oidc: { issuer: 'http://127.0.0.1:3201/oauth2/default', audience: 'api://default' },
        server: { port: 65535 },
      },
    },
    {
      description: 'accepts port 1',
      input: { API_PORT: '1' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 1 },
      },
    },
  ])('$description', ({ input, expected }) => {
    expect(readApiSettings(input)).toEqual(expected);
  });

  it.each<{ description: string; input: Record<string, string>; expected: string[] }>([
    {
      description: 'an http issuer on a public host',
      input: { OIDC_ISSUER: 'http://evil.example/oauth2/default' },
      expected: [
        'OIDC_ISSUER must use https unless its host is localhost, 127.0.0.1 or [::1] (got "http://evil.example/oauth2/default")',
      ],
    },
    {
      description: 'a relative issuer',
      input: { OIDC_ISSUER: '/oauth2/default' },
      expected: [
        'OIDC_ISSUER must be an absolute URL such as https://example.okta.com/oauth2/default (got "/oauth2/default")',
      ],
    },
    {
      description: 'port 0',
      input: { API_PORT: '0' },
      expected: ['API_PORT must be an integer from 1 to 65535 (got "0")'],
    },
    {
      description: 'port 65536',
      input: { API_PORT: '65536' },
      expected: ['API_PORT must be an integer from 1 to 65535 (got "65536")'],
    },
    {
      description: 'a fractional port',
      input: { API_PORT: '3000.5' },
      expected: ['API_PORT must be an integer from 1 to 65535 (got "3000.5")'],
    },
    {
      description: 'a named port',
      input: { API_PORT: 'http' },
      expected: ['API_PORT must be an integer from 1 to 65535 (got "http")'],
    },
    {
      description: 'an audience with surrounding spaces',
      input: { OIDC_AUDIENCE: ' api://default' },
      expected: ['OIDC_AUDIENCE must not start or end with whitespace (got " api://default")'],
    },
    {
      description: 'every bad variable at once',
      input: { OIDC_ISSUER: 'https://x.example/oauth2/default?tenant=1', API_PORT: '-1' },
      expected: [
        'OIDC_ISSUER must not contain a query or a fragment (got "https://x.example/oauth2/default?tenant=1")',
        'API_PORT must be an integer from 1 to 65535 (got "-1")',
      ],
    },
  ])('refuses $description, naming the variable and the value', ({ input, expected }) => {
    let thrown: unknown;
    try {
      readApiSettings(input);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).problems).toEqual(expected);
    expect((thrown as ConfigurationError).message).toBe(
      `Invalid configuration:\n${expected.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  });
});
