import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { InsufficientUserAuthenticationError, InvalidTokenError, OktaAcr } from 'step-up';
import { ManualClock } from 'step-up/testing';
import type { AccessToken } from '../auth/access-token';
import { Public } from '../auth/public.decorator';
import type { RequestAuthenticator } from '../auth/request-authenticator.service';
import { RequireAuthentication } from './require-authentication.decorator';
import { StepUpGuard } from './step-up.guard';

const NOW = 1_893_456_000;

@RequireAuthentication({ acr: OktaAcr.TwoFactor })
@Controller('vault')
class VaultController {
  @Get()
  open(): string {
    return 'two factors, any age';
  }

  @RequireAuthentication({ maxAge: 300 })
  @Get('recent')
  recent(): string {
    return 'any level, within five minutes';
  }

  @RequireAuthentication({ acr: OktaAcr.PhishingResistant, maxAge: 300 })
  @Get('close')
  close(): string {
    return 'a passkey within five minutes';
  }
}

@Controller('open')
class OpenController {
  @Get()
  undeclared(): string {
    return 'no declaration';
  }

  @Public()
  @Get('health')
  health(): string {
    return 'public';
  }

  @Public()
  @RequireAuthentication({ acr: OktaAcr.TwoFactor })
  @Get('contradiction')
  contradiction(): string {
    return 'public, yet declares two factors';
  }
}

function contextFor(controller: new () => object, handler: () => string, type = 'http') {
  const context = new ExecutionContextHost([{ headers: {} }, {}, () => undefined], controller, handler);
  context.setType(type);
  return context;
}

const tokenWith = (claims: Record<string, unknown>): AccessToken => ({
  claims: { iss: 'issuer', sub: 'alice', aud: 'api://default', exp: NOW + 3600, ...claims },
  owner: 'sub:alice',
});

describe('StepUpGuard', () => {
  let authenticate: jest.Mock<Promise<AccessToken>, [unknown]>;
  let guard: StepUpGuard;

  beforeEach(() => {
    authenticate = jest.fn<Promise<AccessToken>, [unknown]>();
    guard = new StepUpGuard(
      new Reflector(),
      { authenticate } as unknown as RequestAuthenticator,
      new ManualClock(NOW * 1000 + 999),
    );
  });

  const outcomeOf = async (context: ExecutionContextHost, claims: Record<string, unknown>) => {
    authenticate.mockResolvedValue(tokenWith(claims));
    try {
      return await guard.canActivate(context);
    } catch (error) {
      return error;
    }
  };

  it('lets a handler without a declaration through without looking at the token', async () => {
    await expect(
      guard.canActivate(contextFor(OpenController, OpenController.prototype.undeclared)),
    ).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('lets a public handler without a declaration through without looking at the token', async () => {
    await expect(
      guard.canActivate(contextFor(OpenController, OpenController.prototype.health)),
    ).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('enforces a declaration on a public handler: a stated requirement always needs a token', async () => {
    const outcome = await outcomeOf(contextFor(OpenController, OpenController.prototype.contradiction), {
      acr: OktaAcr.Password,
    });

    expect(outcome).toBeInstanceOf(InsufficientUserAuthenticationError);
    expect(authenticate).toHaveBeenCalledTimes(1);
  });

  it('lets a token whose acr meets the declared level through', async () => {
    expect(
      await outcomeOf(contextFor(VaultController, VaultController.prototype.open), {
        acr: OktaAcr.TwoFactor,
      }),
    ).toBe(true);
  });

  it('lets a stronger acr through, on the ladder', async () => {
    expect(
      await outcomeOf(contextFor(VaultController, VaultController.prototype.open), {
        acr: OktaAcr.PhishingResistant,
      }),
    ).toBe(true);
  });

  it('answers a token below the declared level with acr_values and no max_age', async () => {
    const outcome = await outcomeOf(contextFor(VaultController, VaultController.prototype.open), {
      acr: OktaAcr.Password,
      auth_time: NOW,
    });

    expect(outcome).toBeInstanceOf(InsufficientUserAuthenticationError);
    expect((outcome as InsufficientUserAuthenticationError).shortfall).toEqual({
      acrValues: [OktaAcr.TwoFactor],
    });
  });

  it('lets an authentication exactly max_age seconds old through', async () => {
    expect(
      await outcomeOf(contextFor(VaultController, VaultController.prototype.recent), {
        auth_time: NOW - 300,
      }),
    ).toBe(true);
  });

  it('answers an authentication one second older than max_age with max_age and no acr_values', async () => {
    const outcome = await outcomeOf(contextFor(VaultController, VaultController.prototype.recent), {
      acr: OktaAcr.Password,
      auth_time: NOW - 301,
    });

    expect(outcome).toBeInstanceOf(InsufficientUserAuthenticationError);
    expect((outcome as InsufficientUserAuthenticationError).shortfall).toEqual({ maxAge: 300 });
  });

  it('answers a token that falls short on both with acr_values and max_age', async () => {
    const outcome = await outcomeOf(contextFor(VaultController, VaultController.prototype.close), {
      acr: OktaAcr.TwoFactor,
      auth_time: NOW - 301,
    });

    expect(outcome).toBeInstanceOf(InsufficientUserAuthenticationError);
    expect((outcome as InsufficientUserAuthenticationError).shortfall).toEqual({
      acrValues: [OktaAcr.PhishingResistant],
      maxAge: 300,
    });
  });

  it('applies the handler’s declaration instead of the controller’s', async () => {
    const outcome = await outcomeOf(contextFor(VaultController, VaultController.prototype.recent), {
      acr: OktaAcr.Password,
      auth_time: NOW - 10,
    });

    expect(outcome).toBe(true);
  });

  it('refuses an invalid token as such, before any step-up challenge', async () => {
    const refusal = new InvalidTokenError('The access token has expired');
    authenticate.mockRejectedValue(refusal);

    await expect(
      guard.canActivate(contextFor(VaultController, VaultController.prototype.close)),
    ).rejects.toBe(refusal);
  });

  it('leaves contexts other than HTTP alone', async () => {
    await expect(
      guard.canActivate(contextFor(VaultController, VaultController.prototype.close, 'rpc')),
    ).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });
});
