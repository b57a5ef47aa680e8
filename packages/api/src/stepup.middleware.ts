// The post's "Check the access token's ACR claim in a NestJS middleware": StepupMiddleware on `messages` (app.module.ts).
// The class comment numbers the post's five steps and names the file each now happens in; per-handler rules: step-up/.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { epochSeconds, OktaAcr, type StepUpRequirement } from 'step-up';
import { Clock } from './auth/clock';
import { RequestAuthenticator } from './auth/request-authenticator.service';
import { enforceStepUpRequirement } from './step-up/step-up-requirement';

/** What the routes behind this middleware demand: two factors (or anything stronger, e.g. a passkey). */
export const STEP_UP_REQUIREMENT: StepUpRequirement = { acrValues: [OktaAcr.TwoFactor] };

/**
 * Step-up authentication for the routes it is applied to (`messages`, see AppModule). The post's steps:
 * 1. initialize the JWT Verifier: one `OktaJwtVerifier` for the app, in `auth/access-token-verifier.service.ts`
 *    (issuer and audience from `config/api-config.module.ts`, keys from `auth/remote-key-set.ts`);
 * 2. ensure the Authorization header carries the access token: `extractBearerToken` from the shared core,
 *    called in `auth/request-authenticator.service.ts` (else 401 without an error code, or 400 `invalid_request`);
 * 3. verify the token: `auth/access-token-verifier.service.ts` (else 401 `invalid_token`, or 503
 *    `temporarily_unavailable` when the issuer's keys cannot be downloaded);
 * 4. compare the `acr` claim with {@link STEP_UP_REQUIREMENT} on Okta's ladder: `step-up/step-up-requirement.ts`;
 * 5. answer: `next()` below serves the resource; a refusal is thrown and rendered as 401 with the RFC 9470
 *    `WWW-Authenticate` challenge by `auth/bearer-error.filter.ts`.
 * On success the verified token is on `request.accessToken`.
 */
@Injectable()
export class StepupMiddleware implements NestMiddleware<Request, Response> {
  constructor(
    private readonly authenticator: RequestAuthenticator,
    private readonly clock: Clock,
  ) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    const { claims } = await this.authenticator.authenticate(request);
    enforceStepUpRequirement(claims, STEP_UP_REQUIREMENT, epochSeconds(this.clock));
    next();
  }
}
