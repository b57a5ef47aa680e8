// Reads and validates the environment for `npm start` (see the configuration table in README.md).
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEFAULT_CLIENT_ID = 'stepup-spa';
const STEP_UP_MODES = ['redirect', 'popup'];

function port(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return Number(raw);
}

function issuerUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OIDC_ISSUER must be an absolute URL, got "${raw}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error('OIDC_ISSUER must not contain credentials, a query or a fragment');
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`OIDC_ISSUER may use http:// only on a loopback host, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`OIDC_ISSUER must be an https:// URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function stepUpMode(raw) {
  if (raw === undefined || raw === '') return 'redirect';
  if (!STEP_UP_MODES.includes(raw)) {
    throw new Error(`STEP_UP_MODE must be "redirect" or "popup", got "${raw}"`);
  }
  return raw;
}

/**
 * @param {Record<string, string | undefined>} env
 */
export function readStartConfig(env) {
  const idpPort = port(env, 'IDP_PORT', 3001);
  const apiPort = port(env, 'API_PORT', 3000);
  const spaPort = port(env, 'SPA_PORT', 4200);
  if (new Set([idpPort, apiPort, spaPort]).size !== 3) {
    throw new Error('IDP_PORT, API_PORT and SPA_PORT must be three different ports');
  }
  const embeddedIssuer = `http://localhost:${idpPort}/oauth2/default`;
  const issuer = env.OIDC_ISSUER ? issuerUrl(env.OIDC_ISSUER) : embeddedIssuer;
  const embeddedProvider = issuer === embeddedIssuer;
  const clientId = env.OIDC_CLIENT_ID || (embeddedProvider ? DEFAULT_CLIENT_ID : '');
  if (!clientId) {
    throw new Error('OIDC_CLIENT_ID must be set when OIDC_ISSUER points at your own authorization server');
  }
  if (!/^[\x21-\x7e]{1,128}$/.test(clientId)) {
    throw new Error('OIDC_CLIENT_ID must be 1-128 visible ASCII characters');
  }
  return {
    issuer,
    clientId,
    audience: env.OIDC_AUDIENCE || 'api://default',
    embeddedProvider,
    idpPort,
    apiPort,
    spaPort,
    spaOrigin: `http://localhost:${spaPort}`,
    stepUpMode: stepUpMode(env.STEP_UP_MODE),
  };
}
