import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeExit, readStartConfig, spaRuntimeConfig } from './start-config.mjs';

describe('readStartConfig', () => {
  it('defaults to the embedded provider on the default ports', () => {
    assert.deepEqual(readStartConfig({}), {
      idpPort: 3001,
      apiPort: 3000,
      spaPort: 4200,
      spaOrigin: 'http://localhost:4200',
      spaBuild: 'development',
      issuer: 'http://localhost:3001/oauth2/default',
      embeddedProvider: true,
    });
  });

  it('moves the embedded issuer with IDP_PORT', () => {
    const config = readStartConfig({ IDP_PORT: '3101', API_PORT: '3100', SPA_PORT: '4300' });
    assert.equal(config.issuer, 'http://localhost:3101/oauth2/default');
    assert.equal(config.embeddedProvider, true);
    assert.equal(config.spaOrigin, 'http://localhost:4300');
  });

  it('runs the embedded provider for its own issuer, written with a trailing slash too', () => {
    const config = readStartConfig({ OIDC_ISSUER: 'http://localhost:3001/oauth2/default/' });
    assert.equal(config.embeddedProvider, true);
    assert.equal(config.issuer, 'http://localhost:3001/oauth2/default');
  });

  it('passes any other issuer through as given, for the API and the SPA to judge', () => {
    for (const issuer of [
      'https://dev-133337.okta.com/oauth2/default/',
      'not-a-url',
      'http://evil.example/',
    ]) {
      const config = readStartConfig({ OIDC_ISSUER: issuer });
      assert.equal(config.embeddedProvider, false);
      assert.equal(config.issuer, issuer);
    }
  });

  const refusals = [
    {
      description: 'a non-numeric port',
      env: { API_PORT: 'abc' },
      message: 'API_PORT must be a port number from 1 to 65535 (got "abc")',
    },
    {
      description: 'port zero',
      env: { IDP_PORT: '0' },
      message: 'IDP_PORT must be a port number from 1 to 65535 (got "0")',
    },
    {
      description: 'a port above 65535',
      env: { SPA_PORT: '70000' },
      message: 'SPA_PORT must be a port number from 1 to 65535 (got "70000")',
    },
    {
      description: 'every bad port at once, each once',
      env: { API_PORT: 'abc', SPA_PORT: '-1' },
      message:
        'API_PORT must be a port number from 1 to 65535 (got "abc")\nSPA_PORT must be a port number from 1 to 65535 (got "-1")',
    },
    {
      description: 'a build configuration angular.json does not have',
      env: { SPA_BUILD: 'prod' },
      message: 'SPA_BUILD must be "development" or "production" (got "prod")',
    },
    {
      description: 'two services on one port',
      env: { API_PORT: '3001' },
      message: 'IDP_PORT, API_PORT and SPA_PORT must be three different ports (got 3001, 3001, 4200)',
    },
  ];
  for (const { description, env, message } of refusals) {
    it(`refuses ${description}`, () => assert.throws(() => readStartConfig(env), { message }));
  }

  it('serves the production build when asked', () => {
    assert.equal(readStartConfig({ SPA_BUILD: 'production' }).spaBuild, 'production');
    assert.equal(readStartConfig({ SPA_BUILD: '' }).spaBuild, 'development');
  });

  it('leaves every setting that is not a port to its owner', () => {
    const env = {
      OIDC_CLIENT_ID: 'a b',
      OIDC_AUDIENCE: ' ',
      STEP_UP_MODE: 'Popup',
      ACCOUNT_MAX_AGE: 'soon',
      STEP_UP_MAX_AGE: '-1',
      CORS_ORIGINS: '*',
      DATABASE_PATH: ' x ',
    };
    assert.doesNotThrow(() => readStartConfig(env));
  });
});

describe('spaRuntimeConfig', () => {
  it('gives the SPA the embedded provider and its client when nothing is set', () => {
    const config = readStartConfig({});
    assert.deepEqual(JSON.parse(JSON.stringify(spaRuntimeConfig({}, config))), {
      issuer: 'http://localhost:3001/oauth2/default',
      clientId: 'stepup-spa',
    });
  });

  it('passes the settings through as given, numbers of seconds as JSON numbers', () => {
    const env = {
      OIDC_ISSUER: 'https://dev-133337.okta.com/oauth2/default',
      OIDC_CLIENT_ID: '0oab8eb55Kb9jdMIr5d6',
      STEP_UP_MODE: 'popup',
      ACCOUNT_MAX_AGE: '5',
    };
    assert.deepEqual(spaRuntimeConfig(env, readStartConfig(env)), {
      issuer: 'https://dev-133337.okta.com/oauth2/default',
      clientId: '0oab8eb55Kb9jdMIr5d6',
      stepUpMode: 'popup',
      accountMaxAge: 5,
    });
  });

  it('passes bad values through unchanged, for the SPA to explain', () => {
    const env = { OIDC_ISSUER: 'https://id.example', STEP_UP_MODE: 'Popup', ACCOUNT_MAX_AGE: 'soon' };
    assert.deepEqual(JSON.parse(JSON.stringify(spaRuntimeConfig(env, readStartConfig(env)))), {
      issuer: 'https://id.example',
      stepUpMode: 'Popup',
      accountMaxAge: 'soon',
    });
  });
});

describe('describeExit', () => {
  it('names a process that refused its configuration without repeating its words', () => {
    assert.equal(describeExit('api', 78, null), 'api refused its configuration (above); stopping the rest');
  });

  it('names any other end of a process', () => {
    assert.equal(describeExit('spa', 1, null), 'spa stopped unexpectedly (exit code 1); stopping the rest');
    assert.equal(
      describeExit('idp', null, 'SIGKILL'),
      'idp stopped unexpectedly (SIGKILL); stopping the rest',
    );
  });
});
