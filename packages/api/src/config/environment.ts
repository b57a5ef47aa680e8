import { audienceProblem, issuerProblem, normalizeIssuer, portProblem, settingProblem } from 'step-up';
import { z } from 'zod';
import type { AmountThresholds } from '../money/amount-threshold';
import { readAmountThresholds } from './amount-thresholds';
import { ConfigurationError } from './configuration-error';
import { parseCorsOrigins } from './cors-origins';
import { DEFAULT_DATABASE_PATH, resolveDatabasePath } from './database-path';

export const DEFAULT_OIDC_ISSUER = 'http://localhost:3001/oauth2/default';
export const DEFAULT_OIDC_AUDIENCE = 'api://default';
export const DEFAULT_API_PORT = 3000;
export const DEFAULT_STEP_UP_MAX_AGE = 300;
export const DEFAULT_ACCESS_TOKEN_CACHE_ENTRIES = 10_000;
export const DEFAULT_ACCESS_TOKEN_CACHE_MB = 16;

/** Whom the API trusts: the authorization server that issues access tokens, and the audience they must name. */
export interface OidcSettings {
  /** Without trailing slashes (see normalizeIssuer). */
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
 * One environment variable: unset or empty takes `fallback`; otherwise `problemOf` judges the text
 * (the reason, without the name: the schema's key names it) and `read` turns it into its value.
 */
function variable<T>(
  fallback: string,
  problemOf: (value: string) => string | undefined,
  read: (value: string) => T,
) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      const value = raw === undefined || raw === '' ? fallback : raw;
      const problem = problemOf(value);
      if (problem !== undefined) {
        context.addIssue({ code: 'custom', message: problem, params: { value } });
        return z.NEVER;
      }
      return read(value);
    });
}

/**
 * A variable of several entries (unset: empty), read by `read`, which reports every bad entry: each
 * problem becomes its own issue, so start-up prints one line per problem, named by the variable.
 */
function listVariable<T>(
  read: (value: string) => { ok: true; value: T } | { ok: false; problems: string[] },
) {
  return z
    .string()
    .optional()
    .transform((raw, context) => {
      const reading = read(raw ?? '');
      if (!reading.ok) {
        reading.problems.forEach((message) => context.addIssue({ code: 'custom', message }));
        return z.NEVER;
      }
      return reading.value;
    });
}

/** `NAME problem (got "value")`, or `NAME problem` where the problem names the bad part itself. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const name = String(issue.path[0]);
  const params: unknown = issue.code === 'custom' ? issue.params : undefined;
  return typeof params === 'object' && params !== null && 'value' in params
    ? settingProblem(name, issue.message, params.value)
    : `${name} ${issue.message}`;
}

const wholeNumber = (digits: number, minimum: number, problem: string) => (value: string) =>
  new RegExp(`^[0-9]{1,${digits}}$`).test(value) && Number(value) >= minimum ? undefined : problem;

const noSurroundingWhitespace = (value: string) =>
  value.trim() === value ? undefined : 'must not start or end with whitespace';

/**
 * The API's environment, every variable with its rule. Lists of several entries report each bad
 * entry in their own words (`STEP_UP_AMOUNT_THRESHOLDS`, `CORS_ORIGINS`), naming the entry.
 */
const environmentSchema = z.object({
  OIDC_ISSUER: variable(DEFAULT_OIDC_ISSUER, issuerProblem, normalizeIssuer),
  OIDC_AUDIENCE: variable(DEFAULT_OIDC_AUDIENCE, audienceProblem, (value) => value),
  API_PORT: variable(String(DEFAULT_API_PORT), portProblem, Number),
  STEP_UP_AMOUNT_THRESHOLD: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '', {
      message:
        'is not a setting: thresholds are per currency, in STEP_UP_AMOUNT_THRESHOLDS (e.g. USD:1000,JPY:150000)',
    }),
  STEP_UP_AMOUNT_THRESHOLDS: listVariable(readAmountThresholds),
  STEP_UP_MAX_AGE: variable(
    String(DEFAULT_STEP_UP_MAX_AGE),
    wholeNumber(9, 1, 'must be a positive whole number of seconds'),
    Number,
  ),
  DATABASE_PATH: variable(DEFAULT_DATABASE_PATH, noSurroundingWhitespace, (value) =>
    resolveDatabasePath(value),
  ),
  CORS_ORIGINS: listVariable(parseCorsOrigins),
  ACCESS_TOKEN_CACHE_ENTRIES: variable(
    String(DEFAULT_ACCESS_TOKEN_CACHE_ENTRIES),
    wholeNumber(7, 0, 'must be a whole number from 0 to 9999999'),
    Number,
  ),
  ACCESS_TOKEN_CACHE_MB: variable(
    String(DEFAULT_ACCESS_TOKEN_CACHE_MB),
    wholeNumber(5, 1, 'must be a whole number of megabytes from 1 to 99999'),
    Number,
  ),
});

/**
 * Reads and validates the API's environment, once: `OIDC_ISSUER`, `OIDC_AUDIENCE`, `API_PORT`,
 * `STEP_UP_AMOUNT_THRESHOLDS`, `STEP_UP_MAX_AGE`, `DATABASE_PATH`, `CORS_ORIGINS`,
 * `ACCESS_TOKEN_CACHE_ENTRIES` and `ACCESS_TOKEN_CACHE_MB`. Unset or empty variables take their
 * defaults; other variables are ignored. The issuer, the audience and the port follow the rules the
 * other processes apply to them too (the step-up core's configuration values).
 *
 * @throws ConfigurationError listing every problem, each once, named by its variable.
 */
export function readApiSettings(env: Environment): ApiSettings {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigurationError(result.error.issues.map(describeIssue));
  }
  const settings = result.data;
  return {
    oidc: { issuer: settings.OIDC_ISSUER, audience: settings.OIDC_AUDIENCE },
    accessTokenCache: {
      maxEntries: settings.ACCESS_TOKEN_CACHE_ENTRIES,
      maxBytes: settings.ACCESS_TOKEN_CACHE_MB * 1024 * 1024,
    },
    server: { port: settings.API_PORT },
    stepUp: { amountThresholds: settings.STEP_UP_AMOUNT_THRESHOLDS, maxAge: settings.STEP_UP_MAX_AGE },
    database: { path: settings.DATABASE_PATH },
    cors: { origins: settings.CORS_ORIGINS },
  };
}
