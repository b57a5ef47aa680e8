import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { OktaAcr, type StepUpRequirement } from 'step-up';
import { Clock } from './auth/clock';
import { RequestAuthenticator } from './auth/request-authenticator.service';
import { enforceStepUpRequirement } from './step-up/step-up-requirement';

/** What the routes behind this middleware demand: two factors (or anything stronger, e.g. a passkey). */
export const STEP_UP_REQUIREMENT: StepUpRequirement = { acrValues: [OktaAcr.TwoFactor] };

/**
 * Step-up authentication for the routes it is applied to (`messages`, see AppModule):
 * 1. the request must carry a valid bearer access token (else 401/400 per RFC 6750);
 * 2. the token's `acr` must satisfy {@link STEP_UP_REQUIREMENT} on Okta's ladder
 *    (else 401 `insufficient_user_authentication` with `acr_values`, RFC 9470).
 * Refusals are thrown and rendered by the bearer error filter; on success the verified token is on
 * `request.accessToken`.
 */
@Injectable()
export class StepupMiddleware implements NestMiddleware<Request, Response> {
  constructor(
    private readonly authenticator: RequestAuthenticator,
    private readonly clock: Clock,
  ) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    const { claims } = await this.authenticator.authenticate(request);
    enforceStepUpRequirement(claims, STEP_UP_REQUIREMENT, this.clock.nowWholeSeconds());
    next();
  }
}
