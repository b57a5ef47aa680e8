import { clientIdProblem, issuerProblem, normalizeIssuer, settingProblem } from 'step-up';

import { DEFAULT_ACCOUNT_MAX_AGE_SECONDS, MAX_ACCOUNT_MAX_AGE_SECONDS } from '../account/recent-sign-in';

/**
 * What the SPA learns at start-up from `/config.json`: its OpenID Provider, how API step-ups are shown and the
 * Account page's window. Nothing about the issuer or the client is compiled into the bundle: one build runs
 * against the embedded provider or any Okta org.
 */
export interface RuntimeConfig {
  /** The authorization server, e.g. `https://example.okta.com/oauth2/default` (no trailing slash). */
  readonly issuer: string;
  /** The SPA's public client id at that authorization server. */
  readonly clientId: string;
  /** How an API-triggered step-up reaches the provider; `redirect` (the post's way) unless set. */
  readonly stepUpMode: StepUpMode;
  /** How recent a sign-in the Account page accepts, in seconds; 30 unless set. */
  readonly accountMaxAge: number;
}

/** `redirect`: the page leaves for the provider and comes back; `popup`: a sign-in window over the page. */
export type StepUpMode = 'redirect' | 'popup';

export const STEP_UP_MODES: readonly StepUpMode[] = ['redirect', 'popup'];

/** A missing or unusable `/config.json`; the message tells the operator what to fix. */
export class RuntimeConfigError extends Error {
  override readonly name = 'RuntimeConfigError';
}

/**
 * Validates the parsed JSON of `/config.json`; throws a {@link RuntimeConfigError} naming the bad field.
 * The issuer and the client id follow the rules the API and the provider apply to them (the step-up
 * core's), so a value is judged, and worded, the same everywhere.
 */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RuntimeConfigError('config.json must hold a JSON object with "issuer" and "clientId".');
  }
  const { issuer, clientId, stepUpMode, accountMaxAge } = value as Record<string, unknown>;
  return {
    issuer: normalizeIssuer(requiredText('issuer', issuer, issuerProblem)),
    clientId: requiredText('clientId', clientId, clientIdProblem),
    stepUpMode: parseStepUpMode(stepUpMode),
    accountMaxAge: parseAccountMaxAge(accountMaxAge),
  };
}

const WHAT_IS_REQUIRED: Readonly<Record<string, string>> = {
  issuer: 'the absolute URL of the authorization server, such as https://example.okta.com/oauth2/default',
  clientId: 'the client id of this app at the issuer',
};

function requiredText(
  field: string,
  value: unknown,
  problemOf: (text: string) => string | undefined,
): string {
  if (value === undefined || value === '') {
    throw new RuntimeConfigError(`config.json has no "${field}": ${WHAT_IS_REQUIRED[field]}.`);
  }
  const problem = typeof value === 'string' ? problemOf(value) : 'must be a string';
  if (problem !== undefined) {
    throw new RuntimeConfigError(`${settingProblem(`config.json "${field}"`, problem, value)}.`);
  }
  return value as string;
}

function parseStepUpMode(value: unknown): StepUpMode {
  if (value === undefined) {
    return 'redirect';
  }
  const mode = STEP_UP_MODES.find((candidate) => candidate === value);
  if (mode === undefined) {
    throw new RuntimeConfigError(
      `${settingProblem('config.json "stepUpMode"', 'must be "redirect" or "popup", or be left out', value)}.`,
    );
  }
  return mode;
}

function parseAccountMaxAge(value: unknown): number {
  if (value === undefined) {
    return DEFAULT_ACCOUNT_MAX_AGE_SECONDS;
  }
  if (!(
    Number.isSafeInteger(value) &&
    (value as number) >= 1 &&
    (value as number) <= MAX_ACCOUNT_MAX_AGE_SECONDS
  )) {
    throw new RuntimeConfigError(
      `${settingProblem(
        'config.json "accountMaxAge"',
        `must be a whole number of seconds from 1 to ${MAX_ACCOUNT_MAX_AGE_SECONDS}, or be left out`,
        value,
      )}.`,
    );
  }
  return value as number;
}
