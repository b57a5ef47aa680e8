import { isAbsolute, resolve } from 'node:path';
import { audienceProblem, clientIdProblem, portProblem, settingProblem } from 'step-up';

/** Everything the embedded provider needs to start, read once from the environment. */
export interface IdentityProviderConfig {
  /** TCP port on the loopback interface; 0 picks a free port (tests). */
  readonly port: number;
  /** Origin of the single-page app: its redirect URI, post-logout URIs and CORS origin derive from it. */
  readonly spaOrigin: string;
  /** client_id of the public SPA client. */
  readonly clientId: string;
  /** Audience (resource indicator) of the JWT access tokens. */
  readonly audience: string;
  /** Directory for signing keys, cookie keys, accounts and sessions. */
  readonly dataDir: string;
  /** Interface to listen on (`IDP_HOST`); loopback (`localhost`) when absent. */
  readonly host?: string;
  /** `NODE_ENV=production`: never the local development mode, so no dev mailbox. */
  readonly production?: boolean;
}

/** A start-up configuration problem, listing every invalid variable at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid identity provider configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** A host name, an IPv4 address or an IPv6 address without brackets; no port, scheme or path. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;

function present(env: Environment, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readPort(env: Environment, name: string, fallback: number, problems: string[]): number {
  const raw = present(env, name);
  if (raw === undefined) {
    return fallback;
  }
  const problem = portProblem(raw);
  if (problem !== undefined) {
    problems.push(settingProblem(name, problem, raw));
    return fallback;
  }
  return Number(raw);
}

function readOrigin(name: string, raw: string, problems: string[]): string {
  const url = URL.parse(raw);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    problems.push(
      settingProblem(name, 'must be an http:// or https:// origin such as http://localhost:4200', raw),
    );
    return raw;
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    problems.push(
      settingProblem(
        name,
        'must be an origin only (scheme, host and port; no path, query or credentials)',
        raw,
      ),
    );
  }
  return url.origin;
}

function readAudience(raw: string, problems: string[]): string {
  const problem = audienceProblem(raw);
  if (problem !== undefined) {
    problems.push(settingProblem('OIDC_AUDIENCE', problem, raw));
  }
  return raw;
}

/**
 * Reads and validates the provider's environment:
 * `IDP_PORT` (3001), `SPA_ORIGIN` (`http://localhost:${SPA_PORT}`, SPA_PORT 4200), `OIDC_CLIENT_ID` (stepup-spa),
 * `OIDC_AUDIENCE` (api://default), `IDP_DATA_DIR` (`<package>/data`, relative paths resolve against `cwd`),
 * `IDP_HOST` (localhost) and `NODE_ENV` (only `production` matters: it turns the local development mode off).
 *
 * @throws ConfigError listing every invalid variable.
 */
export function readIdentityProviderConfig(
  env: Environment,
  defaults: { packageDir: string; cwd: string },
): IdentityProviderConfig {
  const problems: string[] = [];
  const port = readPort(env, 'IDP_PORT', 3001, problems);
  const spaPort = readPort(env, 'SPA_PORT', 4200, problems);
  const spaOrigin = readOrigin(
    'SPA_ORIGIN',
    present(env, 'SPA_ORIGIN') ?? `http://localhost:${spaPort}`,
    problems,
  );

  const clientId = present(env, 'OIDC_CLIENT_ID') ?? 'stepup-spa';
  const clientIdIssue = clientIdProblem(clientId);
  if (clientIdIssue !== undefined) {
    problems.push(settingProblem('OIDC_CLIENT_ID', clientIdIssue, clientId));
  }

  const audience = readAudience(present(env, 'OIDC_AUDIENCE') ?? 'api://default', problems);

  const host = present(env, 'IDP_HOST') ?? 'localhost';
  if (!HOST.test(host)) {
    problems.push(
      settingProblem(
        'IDP_HOST',
        'must be a host name or IP address to listen on, such as localhost or 127.0.0.1',
        host,
      ),
    );
  }

  const rawDataDir = present(env, 'IDP_DATA_DIR');
  const dataDir =
    rawDataDir === undefined
      ? resolve(defaults.packageDir, 'data')
      : isAbsolute(rawDataDir)
        ? rawDataDir
        : resolve(defaults.cwd, rawDataDir);

  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  const production = present(env, 'NODE_ENV')?.toLowerCase() === 'production';
  return { port, spaOrigin, clientId, audience, dataDir, host, production };
}

/** The issuer identifier for a provider listening on `port`: Okta's `default` custom authorization server path. */
export function issuerFor(port: number): string {
  return `http://localhost:${port}${ISSUER_PATH}`;
}

/** Where the provider is mounted; every OAuth endpoint lives under it, as on Okta. */
export const ISSUER_PATH = '/oauth2/default';
