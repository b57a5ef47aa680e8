import { resolve } from 'node:path';
import { ConfigurationError } from './configuration-error';
import { readAmountThresholds } from './amount-thresholds';
import { DEFAULT_DATABASE_PATH } from './database-path';
import { readApiSettings, type ApiSettings } from './environment';

function thresholds(value: string) {
  const reading = readAmountThresholds(value);
  if (!reading.ok) {
    throw new Error(reading.problems.join('; '));
  }
  return reading.value;
}

/** What every case below leaves at its default. */
const REST = {
  accessTokenCache: { maxEntries: 10_000, maxBytes: 16 * 1024 * 1024 },
  stepUp: { amountThresholds: thresholds(''), maxAge: 300 },
  database: { path: DEFAULT_DATABASE_PATH },
  cors: { origins: [] },
} satisfies Omit<ApiSettings, 'oidc' | 'server'>;

describe('readApiSettings', () => {
  it.each<{ description: string; input: Record<string, string>; expected: ApiSettings }>([
    {
      description: 'uses the offline defaults when nothing is set',
      input: {},
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
      },
    },
    {
      description: 'treats empty variables as unset',
      input: { OIDC_ISSUER: '', OIDC_AUDIENCE: '', API_PORT: '' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
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
        ...REST,
      },
    },
    {
      description: 'drops the trailing slash of an issuer, as the SPA does',
      input: { OIDC_ISSUER: 'https://dev-133337.okta.com/oauth2/default/' },
      expected: {
        oidc: { issuer: 'https://dev-133337.okta.com/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
      },
    },
    {
      description: 'accepts http on 127.0.0.1 and the extreme ports',
      input: { OIDC_ISSUER: 'http://127.0.0.1:3201/oauth2/default', API_PORT: '65535' },
      expected: {
        oidc: { issuer: 'http://127.0.0.1:3201/oauth2/default', audience: 'api://default' },
        server: { port: 65535 },
        ...REST,
      },
    },
    {
      description: 'accepts port 1',
      input: { API_PORT: '1' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 1 },
        ...REST,
      },
    },
    {
      description: 'reads the step-up rules for transactions',
      input: { STEP_UP_AMOUNT_THRESHOLDS: 'EUR:250.50', STEP_UP_MAX_AGE: '60' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
        stepUp: { amountThresholds: thresholds('EUR:250.50'), maxAge: 60 },
      },
    },
    {
      description: 'keeps the database in memory or at an absolute path as given',
      input: { DATABASE_PATH: ':memory:' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
        database: { path: ':memory:' },
      },
    },
    {
      description: 'finds a relative database path from the current directory',
      input: { DATABASE_PATH: 'tmp/api.sqlite' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
        database: { path: resolve('tmp/api.sqlite') },
      },
    },
    {
      description: 'reads the size of the verified token cache, or turns it off',
      input: { ACCESS_TOKEN_CACHE_ENTRIES: '0', ACCESS_TOKEN_CACHE_MB: '64' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
        accessTokenCache: { maxEntries: 0, maxBytes: 64 * 1024 * 1024 },
      },
    },
    {
      description: 'reads the CORS origins',
      input: { CORS_ORIGINS: 'http://localhost:4400, https://app.example.com' },
      expected: {
        oidc: { issuer: 'http://localhost:3001/oauth2/default', audience: 'api://default' },
        server: { port: 3000 },
        ...REST,
        cors: { origins: ['http://localhost:4400', 'https://app.example.com'] },
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
      expected: ['API_PORT must be a port number from 1 to 65535 (got "0")'],
    },
    {
      description: 'port 65536',
      input: { API_PORT: '65536' },
      expected: ['API_PORT must be a port number from 1 to 65535 (got "65536")'],
    },
    {
      description: 'a fractional port',
      input: { API_PORT: '3000.5' },
      expected: ['API_PORT must be a port number from 1 to 65535 (got "3000.5")'],
    },
    {
      description: 'a named port',
      input: { API_PORT: 'http' },
      expected: ['API_PORT must be a port number from 1 to 65535 (got "http")'],
    },
    {
      description: 'an audience with surrounding spaces',
      input: { OIDC_AUDIENCE: ' api://default' },
      expected: [
        'OIDC_AUDIENCE must be an absolute URI without spaces or a fragment, such as api://default (got " api://default")',
      ],
    },
    {
      description: 'an audience that is no URI',
      input: { OIDC_AUDIENCE: 'default' },
      expected: [
        'OIDC_AUDIENCE must be an absolute URI without spaces or a fragment, such as api://default (got "default")',
      ],
    },
    {
      description: 'an issuer that is no URL',
      input: { OIDC_ISSUER: 'not-a-url' },
      expected: [
        'OIDC_ISSUER must be an absolute URL such as https://example.okta.com/oauth2/default (got "not-a-url")',
      ],
    },
    {
      description: 'a port that is no number',
      input: { API_PORT: 'abc' },
      expected: ['API_PORT must be a port number from 1 to 65535 (got "abc")'],
    },
    {
      description: 'amount thresholds for an unknown currency and a zero amount',
      input: { STEP_UP_AMOUNT_THRESHOLDS: 'AUD:1500,USD:0' },
      expected: [
        'STEP_UP_AMOUNT_THRESHOLDS names "AUD", which is not one of CHF, EUR, GBP, JPY, KWD, SEK, USD (ISO 4217, in capitals)',
        'STEP_UP_AMOUNT_THRESHOLDS gives USD an amount that must be greater than zero (got "USD:0")',
      ],
    },
    {
      description: 'one threshold for every currency',
      input: { STEP_UP_AMOUNT_THRESHOLD: '1000' },
      expected: [
        'STEP_UP_AMOUNT_THRESHOLD is not a setting: thresholds are per currency, in STEP_UP_AMOUNT_THRESHOLDS (e.g. USD:1000,JPY:150000)',
      ],
    },
    ...['0', '-1', '1.5', '300s', '1e3', '1234567890'].map((maxAge) => ({
      description: `the max age ${JSON.stringify(maxAge)}`,
      input: { STEP_UP_MAX_AGE: maxAge },
      expected: [
        `STEP_UP_MAX_AGE must be a positive whole number of seconds (got ${JSON.stringify(maxAge)})`,
      ],
    })),
    {
      description: 'a database path with surrounding spaces',
      input: { DATABASE_PATH: 'data/api.sqlite ' },
      expected: ['DATABASE_PATH must not start or end with whitespace (got "data/api.sqlite ")'],
    },
    {
      description: 'a CORS origin with a path',
      input: { CORS_ORIGINS: 'http://localhost:4200/app' },
      expected: [
        'CORS_ORIGINS must list bare origins as browsers send them: "http://localhost:4200" rather than "http://localhost:4200/app"',
      ],
    },
    {
      description: 'several bad CORS origins, one line each',
      input: { CORS_ORIGINS: '*, http://localhost:4200, http://localhost:4200/app' },
      expected: [
        'CORS_ORIGINS may not use wildcards ("*"): list every origin',
        'CORS_ORIGINS must list bare origins as browsers send them: "http://localhost:4200" rather than "http://localhost:4200/app"',
      ],
    },
    {
      description: 'a negative token cache size',
      input: { ACCESS_TOKEN_CACHE_ENTRIES: '-1' },
      expected: ['ACCESS_TOKEN_CACHE_ENTRIES must be a whole number from 0 to 9999999 (got "-1")'],
    },
    {
      description: 'a token cache of no memory',
      input: { ACCESS_TOKEN_CACHE_MB: '0' },
      expected: ['ACCESS_TOKEN_CACHE_MB must be a whole number of megabytes from 1 to 99999 (got "0")'],
    },
    {
      description: 'every bad variable at once',
      input: {
        OIDC_ISSUER: 'https://x.example/oauth2/default?tenant=1',
        API_PORT: '-1',
        STEP_UP_AMOUNT_THRESHOLDS: 'lots',
        STEP_UP_MAX_AGE: 'soon',
        CORS_ORIGINS: '*',
      },
      expected: [
        'OIDC_ISSUER must not contain a query or a fragment (got "https://x.example/oauth2/default?tenant=1")',
        'API_PORT must be a port number from 1 to 65535 (got "-1")',
        'STEP_UP_AMOUNT_THRESHOLDS must list CODE:amount pairs such as USD:1000,JPY:150000 (got "lots")',
        'STEP_UP_MAX_AGE must be a positive whole number of seconds (got "soon")',
        'CORS_ORIGINS may not use wildcards ("*"): list every origin',
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
