import { registerAs, type ConfigType } from '@nestjs/config';
import { readApiSettings, type DatabaseSettings } from './environment';

/** The `database` configuration namespace: where the SQLite database lives. */
export const databaseConfig = registerAs(
  'database',
  (): DatabaseSettings => readApiSettings(process.env).database,
);

export type DatabaseConfig = ConfigType<typeof databaseConfig>;
