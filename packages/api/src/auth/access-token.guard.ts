import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Public } from './public.decorator';
import { RequestAuthenticator } from './request-authenticator.service';
import { TakesVerifiedToken } from './verified-token.decorator';

/**
 * Lets a request reach a handler only with a valid access token, unless the handler or its controller
 * is {@link Public}. Registered globally, so every new route is protected by default. `@Public()` does
 * not lift the need for a token from a handler that takes one (`@VerifiedToken()`, `@ResourceOwner()`):
 * a public route never hands out an identity it did not check.
 *
 * A refusal is thrown as the matching BearerError (401 or 400 with its `WWW-Authenticate` challenge),
 * never returned as `false`, which Nest would answer with 403; a token that cannot be checked because
 * the issuer's keys are unavailable, as IssuerUnavailableError (503 with `Retry-After`).
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const handler = context.getHandler();
    const isPublic = this.reflector.getAllAndOverride(Public, [handler, context.getClass()]);
    const takesToken = this.reflector.get(TakesVerifiedToken, handler);
    if ((isPublic === true && takesToken !== true) || context.getType() !== 'http') {
      return true;
    }
    await this.authenticator.authenticate(context.switchToHttp().getRequest<Request>());
    return true;
  }
}
