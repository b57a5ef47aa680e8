import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { BearerError, extractBearerToken } from 'step-up';
import type { AccessToken, AuthenticatedRequest } from './access-token';
import { AccessTokenVerifier } from './access-token-verifier.service';

const AUTHORIZATION = 'authorization';

/**
 * Authenticates a request by the bearer access token in its `Authorization` header (RFC 6750 §2.1;
 * never from the query string or the body), and attaches the verified token to it as `accessToken`.
 *
 * The outcome is remembered per request, so the step-up middleware and the access token guard can
 * both ask without verifying the token twice.
 */
@Injectable()
export class RequestAuthenticator {
  private readonly logger = new Logger(RequestAuthenticator.name);
  private readonly outcomes = new WeakMap<Request, Promise<AccessToken>>();

  constructor(private readonly verifier: AccessTokenVerifier) {}

  /**
   * @throws BearerError: MissingCredentialsError, InvalidRequestError or InvalidTokenError.
   * @throws IssuerUnavailableError (503) when the token needs the issuer's keys and they cannot be downloaded.
   */
  authenticate(request: Request): Promise<AccessToken> {
    let outcome = this.outcomes.get(request);
    if (outcome === undefined) {
      outcome = this.verify(request);
      this.outcomes.set(request, outcome);
    }
    return outcome;
  }

  private async verify(request: Request): Promise<AccessToken> {
    try {
      const token = extractBearerToken(authorizationHeaders(request));
      const accessToken = await this.verifier.verify(token);
      (request as AuthenticatedRequest).accessToken = accessToken;
      return accessToken;
    } catch (error) {
      if (error instanceof BearerError) {
        const path = request.originalUrl.split('?', 1)[0];
        this.logger.debug(`Refused ${request.method} ${path}: ${error.code} (${error.message})`);
      }
      throw error;
    }
  }
}

/**
 * Every `Authorization` header of the request, from its raw header list: `headers` keeps only the
 * first, and `headersDistinct` would copy every header of the request to tell. One header: its value;
 * several: all of them (refused by extractBearerToken); none: `undefined`.
 */
export function authorizationHeaders(request: Pick<Request, 'rawHeaders'>): string | string[] | undefined {
  const raw = request.rawHeaders;
  let found: string | string[] | undefined;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index];
    if (name.length === AUTHORIZATION.length && name.toLowerCase() === AUTHORIZATION) {
      const value = raw[index + 1];
      found = found === undefined ? value : [...(typeof found === 'string' ? [found] : found), value];
    }
  }
  return found;
}
