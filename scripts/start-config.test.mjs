import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readStartConfig } from './start-config.mjs';

describe('readStartConfig', () => {
  it('defaults to the embedded provider on the default ports', () => {
    assert.deepEqual(readStartConfig({}), {
      issuer: 'http://localhost:3001/oauth2/default',
      clientId: 'stepup-spa',
      audience: 'api://default',
      embeddedProvider: true,
      idpPort: 3001,
      apiPort: 3000,
      spaPort: 4200,
      spaOrigin: 'http://localhost:4200',
      stepUpMode: 'redirect',
    });
  });

  it('reads the step-up mode for the SPA', () => {
    assert.equal(readStartConfig({ STEP_UP_MODE: 'popup' }).stepUpMode, 'popup');
    assert.equal(readStartConfig({ STEP_UP_MODE: 'redirect' }).stepUpMode, 'redirect');
    assert.equal(readStartConfig({ STEP_UP_MODE: '' }).stepUpMode, 'redirect');
  });

  it('moves the embedded issuer with IDP_PORT', () => {
    const config = readStartConfig({ IDP_PORT: '3101', API_PORT: '3100', SPA_PORT: '4300' });
    assert.equal(config.issuer, 'http://localhost:3101/oauth2/default');
    assert.equal(config.embeddedProvider, true);
    assert.equal(config.spaOrigin, 'http://localhost:4300');
  });

  it('skips the embedded provider for an Okta issuer and requires a client id', () => {
    const config = readStartConfig({
      OIDC_ISSUER: 'https://dev-133337.okta.com/oauth2/default/',
      OIDC_CLIENT_ID: '0oab8eb55Kb9jdMIr5d6',
    });
    assert.equal(config.embeddedProvider, false);
    assert.equal(config.issuer, 'https://dev-133337.okta.com/oauth2/default');
    assert.throws(
      () => readStartConfig({ OIDC_ISSUER: 'https://dev-133337.okta.com/oauth2/default' }),
      /OIDC_CLIENT_ID must be set/,
    );
  });

  const refusals = [
    { description: 'a non-numeric port', env: { API_PORT: 'eighty' }, message: /API_PORT must be a port/ },
    { description: 'port zero', env: { IDP_PORT: '0' }, message: /IDP_PORT must be a port/ },
    { description: 'a port above 65535', env: { SPA_PORT: '70000' }, message: /SPA_PORT must be a port/ },
    { description: 'two services on one port', env: { API_PORT: '3001' }, message: /three different ports/ },
    { description: 'a relative issuer', env: { OIDC_ISSUER: '/oauth2/default' }, message: /absolute URL/ },
    {
      description: 'an http issuer off loopback',
      env: { OIDC_ISSUER: 'http://evil.example/oauth2/default', OIDC_CLIENT_ID: 'x' },
      message: /only on a loopback host/,
    },
    {
      description: 'an issuer with a query',
      env: { OIDC_ISSUER: 'https://id.example/oauth2/default?x=1', OIDC_CLIENT_ID: 'x' },
      message: /query or a fragment/,
    },
    {
      description: 'a non-http issuer',
      env: { OIDC_ISSUER: 'ftp://id.example/', OIDC_CLIENT_ID: 'x' },
      message: /https/,
    },
    { description: 'a client id with spaces', env: { OIDC_CLIENT_ID: 'a b' }, message: /visible ASCII/ },
    {
      description: 'an unknown step-up mode',
      env: { STEP_UP_MODE: 'Popup' },
      message: /^Error: STEP_UP_MODE must be "redirect" or "popup", got "Popup"$/,
    },
  ];
  for (const { description, env, message } of refusals) {
    it(`refuses ${description}`, () => assert.throws(() => readStartConfig(env), message));
  }
});
