import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OktaAcr } from 'step-up';
import { RequireAuthentication } from './require-authentication.decorator';

@RequireAuthentication({ acr: OktaAcr.TwoFactor })
@Controller('accounts')
class AccountsController {
  @Get()
  list(): string {
    return 'inherits the controller';
  }

  @RequireAuthentication({ acr: OktaAcr.PhishingResistant, maxAge: 60 })
  @Get('close')
  close(): string {
    return 'declares its own';
  }

  @RequireAuthentication({})
  @Get('summary')
  summary(): string {
    return 'a valid token is enough';
  }
}

@Controller('news')
class NewsController {
  @Get()
  read(): string {
    return 'declares nothing';
  }
}

const resolve = (handler: () => string, controller: object) =>
  new Reflector().getAllAndOverride(RequireAuthentication, [handler, controller as never]);

describe('RequireAuthentication', () => {
  it.each([
    {
      description: 'a handler without a declaration gets its controller’s',
      handler: AccountsController.prototype.list,
      controller: AccountsController,
      expected: { acrValues: [OktaAcr.TwoFactor] },
    },
    {
      description: 'a handler’s declaration replaces its controller’s',
      handler: AccountsController.prototype.close,
      controller: AccountsController,
      expected: { acrValues: [OktaAcr.PhishingResistant], maxAge: 60 },
    },
    {
      description: 'an empty declaration on a handler lifts its controller’s step-up',
      handler: AccountsController.prototype.summary,
      controller: AccountsController,
      expected: {},
    },
    {
      description: 'nothing declared anywhere resolves to nothing',
      handler: NewsController.prototype.read,
      controller: NewsController,
      expected: undefined,
    },
  ])('$description', ({ handler, controller, expected }) => {
    expect(resolve(handler, controller)).toEqual(expected);
  });

  it('checks its argument when applied, so a bad declaration stops the application from loading', () => {
    expect(() => {
      class Misdeclared {
        @RequireAuthentication({ maxAge: -5 })
        handler(): void {
          // Only the decorator matters here.
        }
      }
      return Misdeclared;
    }).toThrow(new TypeError('maxAge must be a whole number of seconds, zero or more (got -5)'));
  });
});
