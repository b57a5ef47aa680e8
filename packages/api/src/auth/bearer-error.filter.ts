import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { BearerChallengeMemo, BearerError } from 'step-up';

/** The protection space named in every challenge this API sends. */
export const BEARER_REALM = 'api';

/**
 * The one place where bearer token refusals become responses (RFC 6750 §3, RFC 9470 §3): the error's
 * status, its `WWW-Authenticate` challenge, and a JSON body `{ error, error_description }`
 * (empty when the request carried no credentials, as RFC 6750 §3.1 asks).
 */
@Catch(BearerError)
export class BearerErrorFilter implements ExceptionFilter<BearerError> {
  /**
   * Challenges are rendered once per distinct set of parameters: descriptions, `acr_values`, `max_age`
   * and `scope` come from the code and configuration, never from the request, so a few strings serve
   * every request. The memo keys them on the parameters each error hands over, all of them.
   */
  constructor(private readonly challenges = new BearerChallengeMemo()) {}

  catch(error: BearerError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(error.status)
      .setHeader('WWW-Authenticate', error.challenge(BEARER_REALM, this.challenges.format));
    response.setHeader('Cache-Control', 'no-store');
    response.json(error.toJSON());
  }
}
