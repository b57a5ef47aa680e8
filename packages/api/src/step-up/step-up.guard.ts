import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { epochSeconds } from 'step-up';
import { Clock } from '../auth/clock';
import { RequestAuthenticator } from '../auth/request-authenticator.service';
import { RequireAuthentication } from './require-authentication.decorator';
import { enforceStepUpRequirement } from './step-up-requirement';

/**
 * Enforces {@link RequireAuthentication} declarations. Registered globally next to the
 * AccessTokenGuard; a handler without a declaration (here or on its controller) passes untouched.
 *
 * For a declared route it first authenticates the request (the token is verified once per request,
 * whichever guard asks first), so an invalid token is refused as such before any step-up challenge
 * (RFC 9470 §9), then judges the token's `acr` and `auth_time` against the declaration.
 * `@Public()` does not lift a declaration: a route that states a requirement always needs a token.
 *
 * @throws BearerError (401/400) for a missing or invalid token, InsufficientUserAuthenticationError
 *   (401 with `acr_values` and/or `max_age`) for a token that falls short.
 */
@Injectable()
export class StepUpGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride(RequireAuthentication, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (requirement === undefined || context.getType() !== 'http') {
      return true;
    }
    const { claims } = await this.authenticator.authenticate(context.switchToHttp().getRequest<Request>());
    enforceStepUpRequirement(claims, requirement, epochSeconds(this.clock));
    return true;
  }
}
