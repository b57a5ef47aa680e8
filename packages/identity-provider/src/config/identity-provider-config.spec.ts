import {
  ConfigError,
  issuerFor,
  readIdentityProviderConfig,
  type Environment,
} from './identity-provider-config.js';

const defaults = { packageDir: '/repo/packages/identity-provider', cwd: '/repo' };

function problemsFor(env: Environment): readonly string[] {
  try {
    readIdentityProviderConfig(env, defaults);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readIdentityProviderConfig', () => {
  it('falls back to the shared defaults when nothing is set', () => {
    expect(readIdentityProviderConfig({}, defaults)).toEqual({
      port: 3001,
      spaOrigin: 'http://localhost:4200',
      clientId: 'stepup-spa',
      audience: 'api://default',
      dataDir: '/repo/packages/identity-provider/data',
      host: 'localhost',
      production: false,
    });
  });

  it.each([
    {
      description: 'reads every variable',
      env: {
        IDP_PORT: '3201',
        SPA_ORIGIN: 'http://localhost:4400',
        OIDC_CLIENT_ID: 'my-spa',
        OIDC_AUDIENCE: 'https://api.example.com',
        IDP_DATA_DIR: '/tmp/idp',
      },
      expected: {
        port: 3201,
        spaOrigin: 'http://localhost:4400',
        clientId: 'my-spa',
        audience: 'https://api.example.com',
        dataDir: '/tmp/idp',
      },
    },
    {
      description: 'derives the SPA origin from SPA_PORT',
      env: { SPA_PORT: '4400' },
      expected: { spaOrigin: 'http://localhost:4400' },
    },
    {
      description: 'normalizes an SPA origin given with a trailing slash',
      env: { SPA_ORIGIN: 'http://localhost:4200/' },
      expected: { spaOrigin: 'http://localhost:4200' },
    },
    {
      description: 'resolves a relative data directory against the working directory',
      env: { IDP_DATA_DIR: 'tmp/idp-data' },
      expected: { dataDir: '/repo/tmp/idp-data' },
    },
    {
      description: 'reads NODE_ENV=production, leaving local development mode',
      env: { NODE_ENV: 'production' },
      expected: { production: true },
    },
    {
      description: 'reads NODE_ENV=Production in any case',
      env: { NODE_ENV: 'Production' },
      expected: { production: true },
    },
    {
      description: 'keeps local development mode for NODE_ENV=development',
      env: { NODE_ENV: 'development' },
      expected: { production: false },
    },
    { description: 'reads IDP_HOST', env: { IDP_HOST: '0.0.0.0' }, expected: { host: '0.0.0.0' } },
    { description: 'reads an IPv6 IDP_HOST', env: { IDP_HOST: '::1' }, expected: { host: '::1' } },
    {
      description: 'treats blank values as unset',
      env: { IDP_PORT: '  ', OIDC_CLIENT_ID: '' },
      expected: { port: 3001, clientId: 'stepup-spa' },
    },
  ])('$description', ({ env, expected }) => {
    expect(readIdentityProviderConfig(env, defaults)).toMatchObject(expected);
  });

  it.each([
    {
      description: 'a port that is not a number',
      env: { IDP_PORT: 'abc' },
      problem: 'IDP_PORT must be a port number',
    },
    { description: 'port zero', env: { IDP_PORT: '0' }, problem: 'IDP_PORT must be a port number' },
    {
      description: 'a port above 65535',
      env: { IDP_PORT: '70000' },
      problem: 'IDP_PORT must be a port number',
    },
    {
      description: 'a negative SPA port',
      env: { SPA_PORT: '-1' },
      problem: 'SPA_PORT must be a port number',
    },
    {
      description: 'an SPA origin that is not a URL',
      env: { SPA_ORIGIN: 'localhost:4200' },
      problem:
        'SPA_ORIGIN must be an http:// or https:// origin such as http://localhost:4200 (got "localhost:4200")',
    },
    {
      description: 'an SPA origin with a path',
      env: { SPA_ORIGIN: 'http://localhost:4200/app' },
      problem:
        'SPA_ORIGIN must be an origin only (scheme, host and port; no path, query or credentials) (got "http://localhost:4200/app")',
    },
    {
      description: 'an ftp SPA origin',
      env: { SPA_ORIGIN: 'ftp://localhost' },
      problem:
        'SPA_ORIGIN must be an http:// or https:// origin such as http://localhost:4200 (got "ftp://localhost")',
    },
    {
      description: 'a client id with a colon',
      env: { OIDC_CLIENT_ID: 'a:b' },
      problem: 'OIDC_CLIENT_ID must be',
    },
    {
      description: 'a client id with a space',
      env: { OIDC_CLIENT_ID: 'my spa' },
      problem: 'OIDC_CLIENT_ID must be',
    },
    {
      description: 'an audience that is not a URI',
      env: { OIDC_AUDIENCE: 'default' },
      problem: 'OIDC_AUDIENCE must be',
    },
    {
      description: 'a host with a port',
      env: { IDP_HOST: 'localhost:3001' },
      problem:
        'IDP_HOST must be a host name or IP address to listen on, such as localhost or 127.0.0.1 (got "localhost:3001")',
    },
    {
      description: 'a host given as a URL',
      env: { IDP_HOST: 'http://localhost' },
      problem:
        'IDP_HOST must be a host name or IP address to listen on, such as localhost or 127.0.0.1 (got "http://localhost")',
    },
    {
      description: 'a host with a space',
      env: { IDP_HOST: 'local host' },
      problem:
        'IDP_HOST must be a host name or IP address to listen on, such as localhost or 127.0.0.1 (got "local host")',
    },
  ])('refuses $description', ({ env, problem }) => {
    expect(problemsFor(env)).toEqual([expect.stringContaining(problem)]);
  });

  it('lists every problem in one error message', () => {
    expect(() => readIdentityProviderConfig({ IDP_PORT: 'x', OIDC_CLIENT_ID: 'a b' }, defaults)).toThrow(
      /IDP_PORT must be a port number from 1 to 65535 \(got "x"\)\n {2}- OIDC_CLIENT_ID must be/,
    );
  });
});

describe('issuerFor', () => {
  it('is the Okta default authorization server path on localhost', () => {
    expect(issuerFor(3001)).toBe('http://localhost:3001/oauth2/default');
  });
});
