import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Public } from './public.decorator';
import { RequestAuthenticator } from './request-authenticator.service';

/**
 * Lets a request reach a handler only with a valid access token, unless the handler or its controller
 * is {@link Public}. Registered globally, so every new route is protected by default.
 *
 * A refusal is thrown as the matching BearerError (401 or 400 with its `WWW-Authenticate` challenge),
 * never returned as `false`, which Nest would answer with 403.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride(Public, [context.getHandler(), context.getClass()]);
    if (isPublic === true || context.getType() !== 'http') {
      return true;
    }
    await this.authenticator.authenticate(context.switchToHttp().getRequest<Request>());
    return true;
  }
}
