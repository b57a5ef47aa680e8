import type { AmountThresholds } from '../money/amount-threshold';
import { readAmountThresholds } from './amount-thresholds';
import { ConfigurationError } from './configuration-error';
import { parseCorsOrigins } from './cors-origins';
import { DEFAULT_DATABASE_PATH, resolveDatabasePath } from './database-path';
import { issuerProblem } from './issuer-url';

export const DEFAULT_OIDC_ISSUER = 'http://localhost:3001/oauth2/default';
export const DEFAULT_OIDC_AUDIENCE = 'api://default';
export const DEFAULT_API_PORT = 3000;
export const DEFAULT_STEP_UP_MAX_AGE = 300;
export const DEFAULT_ACCESS_TOKEN_CACHE_ENTRIES = 10_000;
export const DEFAULT_ACCESS_TOKEN_CACHE_MB = 16;

/** Whom the API trusts: the authorization server that issues access tokens, and the audience they must name. */
export interface OidcSettings {
  issuer: string;
  audience: string;
}

export interface ServerSettings {
  port: number;
}

/** When a transaction needs a stronger and more recent authentication. */
export interface StepUpSettings {
  /** Per currency, the amount above which a transaction needs two factors within `maxAge`. */
  amountThresholds: AmountThresholds;
  /** Seconds since the authentication (`auth_time`) within which a large transaction is allowed. */
  maxAge: number;
}

export interface DatabaseSettings {
  /** An absolute file path, or `:memory:`. */
  path: string;
}

export interface CorsSettings {
  /** Origins allowed to call the API from a browser; empty: no CORS headers at all. */
  origins: string[];
}

/** How many verified access tokens are remembered, so that one seen again skips the signature check. */
export interface AccessTokenCacheSettings {
  /** Most tokens remembered; 0 turns the cache off. */
  maxEntries: number;
  /** Most memory they may take, in bytes. */
  maxBytes: number;
}

export interface ApiSettings {
  oidc: OidcSettings;
  accessTokenCache: AccessTokenCacheSettings;
  server: ServerSettings;
  stepUp: StepUpSettings;
  database: DatabaseSettings;
  cors: CorsSettings;
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates the API's environment: `OIDC_ISSUER`, `OIDC_AUDIENCE`, `API_PORT`,
 * `STEP_UP_AMOUNT_THRESHOLDS`, `STEP_UP_MAX_AGE`, `DATABASE_PATH`, `CORS_ORIGINS`,
 * `ACCESS_TOKEN_CACHE_ENTRIES` and `ACCESS_TOKEN_CACHE_MB`.
 * Unset or empty variables take their defaults.
 *
 * @throws ConfigurationError listing every invalid variable.
 */
export function readApiSettings(env: Environment): ApiSettings {
  const problems: string[] = [];
  const issuer = valueOf(env, 'OIDC_ISSUER') ?? DEFAULT_OIDC_ISSUER;
  const audience = valueOf(env, 'OIDC_AUDIENCE') ?? DEFAULT_OIDC_AUDIENCE;
  const port = valueOf(env, 'API_PORT') ?? String(DEFAULT_API_PORT);
  const thresholds = readAmountThresholds(valueOf(env, 'STEP_UP_AMOUNT_THRESHOLDS') ?? '');
  const maxAge = valueOf(env, 'STEP_UP_MAX_AGE') ?? String(DEFAULT_STEP_UP_MAX_AGE);
  const databasePath = valueOf(env, 'DATABASE_PATH') ?? DEFAULT_DATABASE_PATH;
  const corsOrigins = parseCorsOrigins(valueOf(env, 'CORS_ORIGINS') ?? '');
  const cacheEntries =
    valueOf(env, 'ACCESS_TOKEN_CACHE_ENTRIES') ?? String(DEFAULT_ACCESS_TOKEN_CACHE_ENTRIES);
  const cacheMegabytes = valueOf(env, 'ACCESS_TOKEN_CACHE_MB') ?? String(DEFAULT_ACCESS_TOKEN_CACHE_MB);

  const issuerIssue = issuerProblem(issuer);
  if (issuerIssue !== undefined) {
    problems.push(`OIDC_ISSUER ${issuerIssue} (got ${JSON.stringify(issuer)})`);
  }
  if (audience.trim() !== audience) {
    problems.push(`OIDC_AUDIENCE must not start or end with whitespace (got ${JSON.stringify(audience)})`);
  }
  if (!isPortNumber(port)) {
    problems.push(`API_PORT must be an integer from 1 to 65535 (got ${JSON.stringify(port)})`);
  }
  if (valueOf(env, 'STEP_UP_AMOUNT_THRESHOLD') !== undefined) {
    problems.push(
      'STEP_UP_AMOUNT_THRESHOLD is not a setting: thresholds are per currency, in STEP_UP_AMOUNT_THRESHOLDS (e.g. USD:1000,JPY:150000)',
    );
  }
  if (!thresholds.ok) {
    problems.push(...thresholds.problems.map((problem) => `STEP_UP_AMOUNT_THRESHOLDS ${problem}`));
  }
  if (!/^[0-9]{1,9}$/.test(maxAge) || Number(maxAge) < 1) {
    problems.push(
      `STEP_UP_MAX_AGE must be a positive whole number of seconds (got ${JSON.stringify(maxAge)})`,
    );
  }
  if (databasePath.trim() !== databasePath) {
    problems.push(
      `DATABASE_PATH must not start or end with whitespace (got ${JSON.stringify(databasePath)})`,
    );
  }
  if (!corsOrigins.ok) {
    problems.push(`CORS_ORIGINS ${corsOrigins.problem}`);
  }
  if (!/^[0-9]{1,7}$/.test(cacheEntries)) {
    problems.push(
      `ACCESS_TOKEN_CACHE_ENTRIES must be a whole number from 0 to 9999999 (got ${JSON.stringify(cacheEntries)})`,
    );
  }
  if (!/^[0-9]{1,5}$/.test(cacheMegabytes) || Number(cacheMegabytes) < 1) {
    problems.push(
      `ACCESS_TOKEN_CACHE_MB must be a whole number of megabytes from 1 to 99999 (got ${JSON.stringify(cacheMegabytes)})`,
    );
  }
  if (problems.length > 0 || !thresholds.ok || !corsOrigins.ok) {
    throw new ConfigurationError(problems);
  }
  return {
    oidc: { issuer, audience },
    accessTokenCache: {
      maxEntries: Number(cacheEntries),
      maxBytes: Number(cacheMegabytes) * 1024 * 1024,
    },
    server: { port: Number(port) },
    stepUp: { amountThresholds: thresholds.thresholds, maxAge: Number(maxAge) },
    database: { path: resolveDatabasePath(databasePath) },
    cors: { origins: corsOrigins.origins },
  };
}

function valueOf(env: Environment, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function isPortNumber(value: string): boolean {
  if (!/^[0-9]{1,5}$/.test(value)) {
    return false;
  }
  const port = Number(value);
  return port >= 1 && port <= 65535;
}
