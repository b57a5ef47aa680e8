import { registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type AccessTokenCacheSettings } from './environment';

/** The `accessTokenCache` configuration namespace: how many verified tokens are remembered, in how much memory. */
export const accessTokenCacheConfig = registerAs(
  'accessTokenCache',
  (): AccessTokenCacheSettings => readApiSettings(process.env).accessTokenCache,
);

export type AccessTokenCacheConfig = ConfigType<typeof accessTokenCacheConfig>;
