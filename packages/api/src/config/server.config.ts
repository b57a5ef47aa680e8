import { registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type ServerSettings } from './environment';

/** The `server` configuration namespace: the port the API listens on. */
export const serverConfig = registerAs('server', (): ServerSettings => readApiSettings(process.env).server);

export type ServerConfig = ConfigType<typeof serverConfig>;
