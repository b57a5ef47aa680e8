import type { StepUpShortfall } from './assessment.js';
import {
  formatBearerChallenge,
  type BearerChallengeFormat,
  type BearerChallengeParams,
} from './challenge-format.js';

/** The body of an error response (RFC 6750 §3.1); empty when the request carried no credentials. */
export interface BearerErrorBody {
  error?: string;
  error_description?: string;
}

/**
 * A refusal by a resource server that accepts Bearer tokens, with its RFC error `code`, its HTTP
 * `status` and an optional human-readable `description`. `challenge()` renders the matching
 * `WWW-Authenticate` value, `toJSON()` the response body.
 */
export abstract class BearerError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly description?: string;

  protected constructor(message: string, description?: string, options?: ErrorOptions) {
    super(description ?? message, options);
    if (description !== undefined) {
      this.description = description;
    }
  }

  /**
   * The full `WWW-Authenticate` header value, e.g. `Bearer realm="api", error="invalid_token"`, rendered
   * by `format` (a server answering many refusals passes a `BearerChallengeMemo`'s).
   */
  challenge(realm?: string, format: BearerChallengeFormat = formatBearerChallenge): string {
    return format({ realm, ...this.challengeParams() });
  }

  toJSON(): BearerErrorBody {
    return this.description === undefined
      ? { error: this.code }
      : { error: this.code, error_description: this.description };
  }

  protected challengeParams(): BearerChallengeParams {
    return { error: this.code, error_description: this.description };
  }
}

/**
 * The request carried no Bearer credentials at all (RFC 6750 §3.1): 401 with a bare challenge,
 * `Bearer realm="api"`, and no error code, neither in the header nor in the body.
 * A request authenticating with another scheme (e.g. Basic) carries no Bearer credentials either.
 */
export class MissingCredentialsError extends BearerError {
  override readonly name = 'MissingCredentialsError';
  readonly code = 'missing_credentials';
  readonly status = 401;

  constructor(description?: string, options?: ErrorOptions) {
    super('The request carries no bearer token', description, options);
  }

  override toJSON(): BearerErrorBody {
    return {};
  }

  protected override challengeParams(): BearerChallengeParams {
    return {};
  }
}

/** The request is malformed, e.g. a broken Authorization header (RFC 6750 §3.1): 400. */
export class InvalidRequestError extends BearerError {
  override readonly name = 'InvalidRequestError';
  readonly code = 'invalid_request';
  readonly status = 400;

  constructor(description?: string, options?: ErrorOptions) {
    super('The request is malformed', description, options);
  }
}

/** The access token is expired, revoked, malformed or otherwise invalid (RFC 6750 §3.1): 401. */
export class InvalidTokenError extends BearerError {
  override readonly name = 'InvalidTokenError';
  readonly code = 'invalid_token';
  readonly status = 401;

  constructor(description?: string, options?: ErrorOptions) {
    super('The access token is invalid', description, options);
  }
}

export interface InsufficientScopeErrorOptions extends ErrorOptions {
  /** The scopes needed, sent as the challenge's `scope` attribute (space-separated). */
  scope?: readonly string[];
}

/** The access token lacks a scope the request needs (RFC 6750 §3.1): 403. */
export class InsufficientScopeError extends BearerError {
  override readonly name = 'InsufficientScopeError';
  readonly code = 'insufficient_scope';
  readonly status = 403;
  readonly scope?: readonly string[];

  constructor(description?: string, options?: InsufficientScopeErrorOptions) {
    super('The access token lacks a required scope', description, options);
    if (options?.scope !== undefined && options.scope.length > 0) {
      this.scope = [...options.scope];
    }
  }

  protected override challengeParams(): BearerChallengeParams {
    return { ...super.challengeParams(), scope: this.scope?.join(' ') };
  }
}

/**
 * The authentication behind the access token is too weak or too old (RFC 9470 §3): 401 with
 * `acr_values` (space-separated, preference order) and/or `max_age` in the challenge.
 * Without a description, one in plain English says what is missing.
 *
 * @throws TypeError when an acr value is empty or contains whitespace, or `maxAge` is not a
 *   non-negative integer.
 */
export class InsufficientUserAuthenticationError extends BearerError {
  override readonly name = 'InsufficientUserAuthenticationError';
  readonly code = 'insufficient_user_authentication';
  readonly status = 401;
  readonly acrValues?: readonly string[];
  readonly maxAge?: number;

  constructor(shortfall: StepUpShortfall, description?: string, options?: ErrorOptions) {
    const acrValues = shortfall.acrValues?.length ? [...shortfall.acrValues] : undefined;
    const { maxAge } = shortfall;
    for (const acr of acrValues ?? []) {
      if (typeof acr !== 'string' || acr === '' || /\s/.test(acr)) {
        throw new TypeError(`acr value ${JSON.stringify(acr)} must be a non-empty string without whitespace`);
      }
    }
    if (maxAge !== undefined && (!Number.isSafeInteger(maxAge) || maxAge < 0)) {
      throw new TypeError(`maxAge must be a non-negative integer, received ${String(maxAge)}`);
    }
    super('The authentication is insufficient', description ?? describeShortfall(acrValues, maxAge), options);
    if (acrValues !== undefined) {
      this.acrValues = acrValues;
    }
    if (maxAge !== undefined) {
      this.maxAge = maxAge;
    }
  }

  /** The shortfall this error reports, ready for `assessAuthentication` comparisons or a client. */
  get shortfall(): StepUpShortfall {
    return {
      ...(this.acrValues && { acrValues: [...this.acrValues] }),
      ...(this.maxAge !== undefined && { maxAge: this.maxAge }),
    };
  }

  protected override challengeParams(): BearerChallengeParams {
    return { ...super.challengeParams(), acr_values: this.acrValues?.join(' '), max_age: this.maxAge };
  }
}

function describeShortfall(acrValues: readonly string[] | undefined, maxAge: number | undefined): string {
  if (acrValues !== undefined && maxAge !== undefined) {
    return 'A different authentication level and more recent authentication are required';
  }
  if (acrValues !== undefined) {
    return 'A different authentication level is required';
  }
  if (maxAge !== undefined) {
    return 'More recent authentication is required';
  }
  return 'Additional authentication is required';
}
