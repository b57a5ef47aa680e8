import { ConfigurationError } from './configuration-error';
import { issuerProblem } from './issuer-url';

export const DEFAULT_OIDC_ISSUER = 'http://localhost:3001/oauth2/default';
export const DEFAULT_OIDC_AUDIENCE = 'api://default';
export const DEFAULT_API_PORT = 3000;

/** Whom the API trusts: the authorization server that issues access tokens, and the audience they must name. */
export interface OidcSettings {
  issuer: string;
  audience: string;
}

export interface ServerSettings {
  port: number;
}

export interface ApiSettings {
  oidc: OidcSettings;
  server: ServerSettings;
}

/**
 * Reads and validates the API's environment: `OIDC_ISSUER`, `OIDC_AUDIENCE` and `API_PORT`.
 * Unset or empty variables take their defaults.
 *
 * @throws ConfigurationError listing every invalid variable.
 */
export function readApiSettings(env: Readonly<Record<string, string | undefined>>): ApiSettings {
  const problems: string[] = [];
  const issuer = valueOf(env, 'OIDC_ISSUER') ?? DEFAULT_OIDC_ISSUER;
  const audience = valueOf(env, 'OIDC_AUDIENCE') ?? DEFAULT_OIDC_AUDIENCE;
  const port = valueOf(env, 'API_PORT') ?? String(DEFAULT_API_PORT);

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
  if (problems.length > 0) {
    throw new ConfigurationError(problems);
  }
  return { oidc: { issuer, audience }, server: { port: Number(port) } };
}

function valueOf(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
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
