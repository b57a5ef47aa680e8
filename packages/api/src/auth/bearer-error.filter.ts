import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import {
  BearerError,
  InsufficientScopeError,
  InsufficientUserAuthenticationError,
  InvalidRequestError,
  InvalidTokenError,
  MissingCredentialsError,
} from 'step-up';

/** The protection space named in every challenge this API sends. */
export const BEARER_REALM = 'api';

/**
 * The one place where bearer token refusals become responses (RFC 6750 §3, RFC 9470 §3): the error's
 * status, its `WWW-Authenticate` challenge, and a JSON body `{ error, error_description }`
 * (empty when the request carried no credentials, as RFC 6750 §3.1 asks).
 */
@Catch(BearerError)
export class BearerErrorFilter implements ExceptionFilter<BearerError> {
  private readonly challenges = new Map<string, string>();

  catch(error: BearerError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.status(error.status).setHeader('WWW-Authenticate', this.challengeFor(error));
    response.setHeader('Cache-Control', 'no-store');
    response.json(error.toJSON());
  }

  /**
   * The challenge of `error`, rendered once per distinct refusal: descriptions, `acr_values`, `max_age`
   * and `scope` come from the code and configuration, never from the request, so a few strings serve
   * every request. Refusals of a kind not known here are rendered each time.
   */
  private challengeFor(error: BearerError): string {
    const key = challengeKeyOf(error);
    let challenge = key === undefined ? undefined : this.challenges.get(key);
    if (challenge === undefined) {
      challenge = error.challenge(BEARER_REALM);
      if (key !== undefined && this.challenges.size < MAX_REMEMBERED_CHALLENGES) {
        this.challenges.set(key, challenge);
      }
    }
    return challenge;
  }
}

/** A bound on the remembered challenges, should a description ever vary more than expected. */
const MAX_REMEMBERED_CHALLENGES = 256;

/** Everything a refusal's challenge is made of, for the refusal kinds whose challenge is nothing more. */
function challengeKeyOf(error: BearerError): string | undefined {
  if (error instanceof InsufficientUserAuthenticationError) {
    return [error.code, error.description, error.acrValues?.join(' '), error.maxAge].join('\n');
  }
  if (error instanceof InsufficientScopeError) {
    return [error.code, error.description, error.scope?.join(' ')].join('\n');
  }
  if (
    error instanceof InvalidTokenError ||
    error instanceof InvalidRequestError ||
    error instanceof MissingCredentialsError
  ) {
    return [error.code, error.description].join('\n');
  }
  return undefined;
}
