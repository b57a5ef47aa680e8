import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { InvalidTokenError } from 'step-up';
import { AccessTokenGuard } from './access-token.guard';
import { Public } from './public.decorator';
import type { RequestAuthenticator } from './request-authenticator.service';

@Controller('private')
class PrivateController {
  @Get()
  secret(): string {
    return 'secret';
  }

  @Public()
  @Get('open')
  open(): string {
    return 'open';
  }
}

@Public()
@Controller('public')
class PublicController {
  @Get()
  anything(): string {
    return 'anything';
  }
}

function contextFor(controller: object, handler: (...args: never[]) => unknown, request: object = {}) {
  const context = new ExecutionContextHost(
    [request, {}, () => undefined],
    controller.constructor as never,
    handler,
  );
  context.setType('http');
  return context;
}

describe('AccessTokenGuard', () => {
  let authenticate: jest.Mock;
  let guard: AccessTokenGuard;

  beforeEach(() => {
    authenticate = jest.fn().mockResolvedValue({ claims: {} });
    guard = new AccessTokenGuard(new Reflector(), { authenticate } as unknown as RequestAuthenticator);
  });

  it('authenticates the request of a handler that is not public', async () => {
    const request = { headers: {} };
    const controller = new PrivateController();

    await expect(guard.canActivate(contextFor(controller, controller.secret, request))).resolves.toBe(true);
    expect(authenticate).toHaveBeenCalledWith(request);
  });

  it('throws the refusal rather than answering false, so the client sees the bearer challenge', async () => {
    authenticate.mockRejectedValue(new InvalidTokenError('The access token has expired'));
    const controller = new PrivateController();

    await expect(guard.canActivate(contextFor(controller, controller.secret))).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it.each([
    {
      description: 'a public handler',
      controller: new PrivateController(),
      handler: PrivateController.prototype.open,
    },
    {
      description: 'a handler of a public controller',
      controller: new PublicController(),
      handler: PublicController.prototype.anything,
    },
  ])('lets $description through without a token', async ({ controller, handler }) => {
    await expect(guard.canActivate(contextFor(controller, handler))).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });
});
