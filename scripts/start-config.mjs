// What `npm start` itself needs from the environment: the three ports it starts the processes on,
// whether one of them is the embedded provider (OIDC_ISSUER), and which Angular build of the SPA it serves
// (SPA_BUILD). Every other variable is passed through untouched to the process that uses it, which
// validates it and refuses to start on a bad value (README, Configuration): a bad value is reported once,
// by its owner. The port rule is the step-up core's, so `npm start` and the API word a bad API_PORT alike.
import { normalizeIssuer, portProblem, settingProblem } from 'step-up';

/** The embedded provider's SPA client (identity-provider's OIDC_CLIENT_ID default). */
const EMBEDDED_CLIENT_ID = 'stepup-spa';

/** The exit status with which the API and the provider refuse their configuration (sysexits' EX_CONFIG). */
export const EXIT_CONFIGURATION_REFUSED = 78;

function port(env, name, fallback, problems) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const problem = portProblem(raw);
  if (problem !== undefined) problems.push(settingProblem(name, problem, raw));
  return Number(raw);
}

/** The Angular build configurations (angular.json) `npm start` can serve the SPA with. */
const SPA_BUILDS = ['development', 'production'];

function spaBuild(env, problems) {
  const raw = env.SPA_BUILD;
  if (raw === undefined || raw === '') return 'development';
  if (!SPA_BUILDS.includes(raw)) {
    problems.push(settingProblem('SPA_BUILD', 'must be "development" or "production"', raw));
  }
  return raw;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns the ports, the SPA's origin and build, the issuer as given (or the embedded provider's), and
 *   whether that issuer is the embedded provider's, so that `npm start` runs it
 * @throws Error listing every bad port or build, one per line
 */
export function readStartConfig(env) {
  const problems = [];
  const idpPort = port(env, 'IDP_PORT', 3001, problems);
  const apiPort = port(env, 'API_PORT', 3000, problems);
  const spaPort = port(env, 'SPA_PORT', 4200, problems);
  const build = spaBuild(env, problems);
  if (problems.length === 0 && new Set([idpPort, apiPort, spaPort]).size !== 3) {
    problems.push(
      `IDP_PORT, API_PORT and SPA_PORT must be three different ports (got ${idpPort}, ${apiPort}, ${spaPort})`,
    );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const embeddedIssuer = `http://localhost:${idpPort}/oauth2/default`;
  const issuer = env.OIDC_ISSUER || embeddedIssuer;
  const embeddedProvider = normalizeIssuer(issuer) === embeddedIssuer;
  return {
    idpPort,
    apiPort,
    spaPort,
    spaOrigin: `http://localhost:${spaPort}`,
    spaBuild: build,
    issuer: embeddedProvider ? embeddedIssuer : issuer,
    embeddedProvider,
  };
}

/**
 * The SPA's runtime configuration (`/config.json`) from the environment, as given: the SPA validates
 * it as it loads and explains a bad value on its page. Unset settings are left out (the SPA's defaults);
 * a number of seconds is written as a JSON number when it is one.
 *
 * @param {Record<string, string | undefined>} env
 * @param {{ issuer: string, embeddedProvider: boolean }} config from readStartConfig
 */
export function spaRuntimeConfig(env, { issuer, embeddedProvider }) {
  const accountMaxAge = env.ACCOUNT_MAX_AGE || undefined;
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID || (embeddedProvider ? EMBEDDED_CLIENT_ID : undefined),
    stepUpMode: env.STEP_UP_MODE || undefined,
    accountMaxAge:
      accountMaxAge !== undefined && /^[0-9]{1,9}$/.test(accountMaxAge)
        ? Number(accountMaxAge)
        : accountMaxAge,
  };
}

/**
 * What `npm start` says when one of its processes ends while the others run. A process that refused its
 * configuration has already said why; this names it and adds nothing to its words.
 */
export function describeExit(name, code, signal) {
  if (code === EXIT_CONFIGURATION_REFUSED) {
    return `${name} refused its configuration (above); stopping the rest`;
  }
  return `${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest`;
}
