import { registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type CorsSettings } from './environment';

/** The `cors` configuration namespace: the browser origins that may call the API (none: CORS stays off). */
export const corsConfig = registerAs('cors', (): CorsSettings => readApiSettings(process.env).cors);

export type CorsConfig = ConfigType<typeof corsConfig>;
