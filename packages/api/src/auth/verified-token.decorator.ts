import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { MissingCredentialsError } from 'step-up';
import { decorateHandler } from '../decorate-handler';
import type { AccessToken, AuthenticatedRequest } from './access-token';

/**
 * Marks a handler that takes the verified token ({@link VerifiedToken}, {@link ResourceOwner}): the
 * AccessTokenGuard authenticates its requests even under `@Public()`. Set by those decorators
 * themselves, never by hand.
 */
export const TakesVerifiedToken = Reflector.createDecorator<void, true>({ transform: () => true });

/**
 * The token the guards verified for this request.
 *
 * @throws MissingCredentialsError (401, bare `Bearer` challenge) when no token was verified, which the
 *   guard makes impossible for handlers marked {@link TakesVerifiedToken}; a handler never receives
 *   an identity that was not checked.
 */
export function verifiedTokenOf(request: Request): AccessToken {
  const { accessToken } = request as Partial<AuthenticatedRequest>;
  if (accessToken === undefined) {
    throw new MissingCredentialsError();
  }
  return accessToken;
}

/** Marks the handler whose parameter takes the token, for the guard. */
const markHandler = decorateHandler(TakesVerifiedToken());

const requestOf = (context: ExecutionContext): Request => context.switchToHttp().getRequest<Request>();

/**
 * The verified access token of the request: its deeply frozen claims and its owner.
 *
 * ```ts
 * create(@VerifiedToken() token: AccessToken) { enforceStepUpRequirement(token.claims, …) }
 * ```
 */
export const VerifiedToken = createParamDecorator(
  (_data: void, context: ExecutionContext): AccessToken => verifiedTokenOf(requestOf(context)),
  [markHandler],
);

/**
 * Whose data the request may touch: the verified token's owner (see resourceOwnerOf).
 *
 * ```ts
 * list(@ResourceOwner() owner: string) { return this.transactions.list(owner); }
 * ```
 */
export const ResourceOwner = createParamDecorator(
  (_data: void, context: ExecutionContext): string => verifiedTokenOf(requestOf(context)).owner,
  [markHandler],
);
