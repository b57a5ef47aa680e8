/**
 * What the SPA learns about its OpenID Provider at start-up, from `/config.json`. Nothing about the
 * issuer or the client is compiled into the bundle: one build runs against the embedded provider or
 * any Okta org.
 */
export interface RuntimeConfig {
  /** The authorization server, e.g. `https://{yourOktaDomain}/oauth2/default` (no trailing slash). */
  readonly issuer: string;
  /** The SPA's public client id at that authorization server. */
  readonly clientId: string;
  /** How an API-triggered step-up reaches the provider; `redirect` (the post's way) unless set. */
  readonly stepUpMode: StepUpMode;
}

/** `redirect`: the page leaves for the provider and comes back; `popup`: a sign-in window over the page. */
export type StepUpMode = 'redirect' | 'popup';

export const STEP_UP_MODES: readonly StepUpMode[] = ['redirect', 'popup'];

/** A missing or unusable `/config.json`; the message tells the operator what to fix. */
export class RuntimeConfigError extends Error {
  override readonly name = 'RuntimeConfigError';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** RFC 6749 Appendix A.1: a client id is one or more VSCHAR (printable ASCII). */
const CLIENT_ID = /^[\x20-\x7e]+$/;

/** Validates the parsed JSON of `/config.json`; throws a {@link RuntimeConfigError} naming the bad field. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RuntimeConfigError('config.json must hold a JSON object with "issuer" and "clientId".');
  }
  const { issuer, clientId, stepUpMode } = value as Record<string, unknown>;
  return {
    issuer: parseIssuer(issuer),
    clientId: parseClientId(clientId),
    stepUpMode: parseStepUpMode(stepUpMode),
  };
}

function parseStepUpMode(value: unknown): StepUpMode {
  if (value === undefined) {
    return 'redirect';
  }
  const mode = STEP_UP_MODES.find((candidate) => candidate === value);
  if (mode === undefined) {
    throw new RuntimeConfigError(
      `config.json: "stepUpMode" must be "redirect" or "popup" (or left out), got ${JSON.stringify(value)}.`,
    );
  }
  return mode;
}

function parseIssuer(value: unknown): string {
  const example = 'such as https://{yourOktaDomain}/oauth2/default';
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RuntimeConfigError(
      `config.json: "issuer" must be the absolute URL of the authorization server, ${example}.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RuntimeConfigError(
      `config.json: "issuer" must be an absolute URL ${example}, got ${JSON.stringify(value)}.`,
    );
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) {
    throw new RuntimeConfigError(
      `config.json: "issuer" must use https (http only on localhost), got ${JSON.stringify(value)}.`,
    );
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new RuntimeConfigError(
      `config.json: "issuer" must not contain credentials, a query or a fragment, got ${JSON.stringify(value)}.`,
    );
  }
  return value.replace(/\/+$/, '');
}

function parseClientId(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || !CLIENT_ID.test(value) || value.trim() !== value) {
    throw new RuntimeConfigError(
      'config.json: "clientId" must be the client id of the single-page app registered at the issuer (printable ASCII, no surrounding spaces).',
    );
  }
  return value;
}
