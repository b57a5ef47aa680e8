import { Test } from '@nestjs/testing';
import {
  accessTokenCacheConfig,
  ApiConfigModule,
  corsConfig,
  databaseConfig,
  oidcConfig,
  serverConfig,
  stepUpConfig,
} from './api-config.module';
import { ConfigurationError } from './configuration-error';
import * as environment from './environment';

describe('ApiConfigModule', () => {
  const saved = { ...process.env };

  afterEach(() => {
    process.env = { ...saved };
    jest.restoreAllMocks();
  });

  function useEnvironment(env: Record<string, string>): void {
    process.env = { ...saved, OIDC_ISSUER: '', API_PORT: '', DATABASE_PATH: ':memory:', ...env };
  }

  it('reads the environment once and serves every part of the settings from that reading', async () => {
    useEnvironment({ OIDC_ISSUER: 'https://dev-133337.okta.com/oauth2/default/', API_PORT: '8080' });
    const read = jest.spyOn(environment, 'readApiSettings');

    const moduleRef = await Test.createTestingModule({ imports: [ApiConfigModule] }).compile();
    const parts = [
      oidcConfig,
      accessTokenCacheConfig,
      serverConfig,
      stepUpConfig,
      databaseConfig,
      corsConfig,
    ].map((view) => moduleRef.get<unknown>(view.KEY));

    expect(read).toHaveBeenCalledTimes(1);
    const settings = read.mock.results[0]?.value as environment.ApiSettings;
    expect(parts).toEqual([
      settings.oidc,
      settings.accessTokenCache,
      settings.server,
      settings.stepUp,
      settings.database,
      settings.cors,
    ]);
    expect(parts[0]).toEqual({
      issuer: 'https://dev-133337.okta.com/oauth2/default',
      audience: 'api://default',
    });
    expect(parts[2]).toEqual({ port: 8080 });
  });

  it.each([
    {
      variable: 'OIDC_ISSUER',
      value: 'not-a-url',
      expected:
        'OIDC_ISSUER must be an absolute URL such as https://example.okta.com/oauth2/default (got "not-a-url")',
    },
    {
      variable: 'API_PORT',
      value: 'abc',
      expected: 'API_PORT must be a port number from 1 to 65535 (got "abc")',
    },
  ])('refuses a bad $variable with exactly one message', async ({ variable, value, expected }) => {
    useEnvironment({ [variable]: value });
    const read = jest.spyOn(environment, 'readApiSettings');

    const compiling = Test.createTestingModule({ imports: [ApiConfigModule] }).compile();

    await expect(compiling).rejects.toThrow(ConfigurationError);
    await expect(compiling).rejects.toEqual(expect.objectContaining({ problems: [expected] }));
    expect(read).toHaveBeenCalledTimes(1);
  });
});
