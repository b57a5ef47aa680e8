import { registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type OidcSettings } from './environment';

/** The `oidc` configuration namespace: issuer and audience of the access tokens the API accepts. */
export const oidcConfig = registerAs('oidc', (): OidcSettings => readApiSettings(process.env).oidc);

export type OidcConfig = ConfigType<typeof oidcConfig>;
