import { Global, Module, type FactoryProvider } from '@nestjs/common';
import { ConfigModule, registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type ApiSettings } from './environment';

/** The API's settings: the environment read and validated once, when the application is created. */
export const apiSettings = registerAs('api', (): ApiSettings => readApiSettings(process.env));

export type ApiSettingsConfig = ConfigType<typeof apiSettings>;

/** One part of the settings, injectable on its own with `@Inject(view.KEY)`. */
interface SettingsView<K extends keyof ApiSettings> {
  readonly KEY: string;
  readonly provider: FactoryProvider<ApiSettings[K]>;
}

function settingsView<K extends keyof ApiSettings>(part: K): SettingsView<K> {
  const KEY = `CONFIGURATION(api.${part})`;
  return {
    KEY,
    provider: {
      provide: KEY,
      inject: [apiSettings.KEY],
      useFactory: (settings: ApiSettings) => settings[part],
    },
  };
}

/** Issuer and audience of the access tokens the API accepts. */
export const oidcConfig = settingsView('oidc');
export type OidcConfig = ApiSettings['oidc'];
/** How many verified tokens are remembered, in how much memory. */
export const accessTokenCacheConfig = settingsView('accessTokenCache');
export type AccessTokenCacheConfig = ApiSettings['accessTokenCache'];
/** The port the API listens on. */
export const serverConfig = settingsView('server');
export type ServerConfig = ApiSettings['server'];
/** The amounts above which a transaction needs step-up, and its max_age. */
export const stepUpConfig = settingsView('stepUp');
export type StepUpConfig = ApiSettings['stepUp'];
/** Where the SQLite database lives. */
export const databaseConfig = settingsView('database');
export type DatabaseConfig = ApiSettings['database'];
/** The browser origins that may call the API (none: CORS stays off). */
export const corsConfig = settingsView('cors');
export type CorsConfig = ApiSettings['cors'];

const VIEWS = [oidcConfig, accessTokenCacheConfig, serverConfig, stepUpConfig, databaseConfig, corsConfig];

/**
 * Configuration for the whole API. The environment is read once (`apiSettings`, a ConfigModule
 * namespace, so ConfigService sees it too); every part above is a view of that one result.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [apiSettings] })],
  providers: VIEWS.map((view) => view.provider),
  exports: VIEWS.map((view) => view.KEY),
})
export class ApiConfigModule {}
