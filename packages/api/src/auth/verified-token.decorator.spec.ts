import type { Server } from 'node:http';
import { Controller, Get, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import request from 'supertest';
import { MissingCredentialsError } from 'step-up';
import { HttpErrorFilter } from '../errors/http-error.filter';
import type { AccessToken, AuthenticatedRequest } from './access-token';
import { AccessTokenGuard } from './access-token.guard';
import { BearerErrorFilter } from './bearer-error.filter';
import { Public } from './public.decorator';
import { RequestAuthenticator } from './request-authenticator.service';
import { ResourceOwner, VerifiedToken } from './verified-token.decorator';

const ALICE: AccessToken = {
  claims: { sub: 'alice@example.com', uid: '00u1a2b3c4' } as never,
  owner: 'uid:00u1a2b3c4',
};

/** Accepts `Bearer alice` as Alice's token, as the real authenticator would attach it. */
const authenticate = jest.fn((incoming: Request): Promise<AccessToken> => {
  if (incoming.headers.authorization !== 'Bearer alice') {
    return Promise.reject(new MissingCredentialsError());
  }
  (incoming as AuthenticatedRequest).accessToken = ALICE;
  return Promise.resolve(ALICE);
});

const handled = jest.fn();

@Controller('mine')
class MineController {
  @Get('owner')
  owner(@ResourceOwner() owner: string): { owner: string } {
    handled();
    return { owner };
  }

  @Get('token')
  token(@VerifiedToken() token: AccessToken): AccessToken {
    handled();
    return token;
  }
}

@Public()
@Controller('open')
class OpenController {
  @Get()
  hello(): { hello: string } {
    return { hello: 'world' };
  }

  @Get('owner')
  owner(@ResourceOwner() owner: string): { owner: string } {
    handled();
    return { owner };
  }
}

async function appWith(providers: Provider[]): Promise<NestExpressApplication> {
  const moduleRef = await Test.createTestingModule({
    controllers: [MineController, OpenController],
    providers: [{ provide: RequestAuthenticator, useValue: { authenticate } }, ...providers],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  app.useGlobalFilters(new HttpErrorFilter(), new BearerErrorFilter());
  return app.init();
}

describe('@VerifiedToken() and @ResourceOwner()', () => {
  let app: NestExpressApplication;
  let server: Server;

  beforeEach(() => {
    authenticate.mockClear();
    handled.mockClear();
  });

  afterEach(() => app.close());

  describe('behind the AccessTokenGuard', () => {
    beforeEach(async () => {
      app = await appWith([{ provide: APP_GUARD, useClass: AccessTokenGuard }]);
      server = app.getHttpServer();
    });

    it("hands the handler the verified token's owner", async () => {
      const response = await request(server).get('/mine/owner').set('Authorization', 'Bearer alice');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ owner: 'uid:00u1a2b3c4' });
    });

    it('hands the handler the verified token, claims and owner', async () => {
      const response = await request(server).get('/mine/token').set('Authorization', 'Bearer alice');

      expect(response.body).toEqual({
        claims: { sub: 'alice@example.com', uid: '00u1a2b3c4' },
        owner: 'uid:00u1a2b3c4',
      });
    });

    it('still needs a token on a public controller when the handler takes the owner', async () => {
      const refused = await request(server).get('/open/owner');
      const accepted = await request(server).get('/open/owner').set('Authorization', 'Bearer alice');

      expect(refused.status).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer realm="api"');
      expect(accepted.body).toEqual({ owner: 'uid:00u1a2b3c4' });
      expect(handled).toHaveBeenCalledTimes(1);
    });

    it('leaves the other handlers of a public controller open', async () => {
      const response = await request(server).get('/open');

      expect(response.body).toEqual({ hello: 'world' });
      expect(authenticate).not.toHaveBeenCalled();
    });
  });

  describe('where no guard verified a token', () => {
    beforeEach(async () => {
      app = await appWith([]);
      server = app.getHttpServer();
    });

    it.each(['/mine/owner', '/mine/token', '/open/owner'])(
      'answers %s with 401 and a bare Bearer challenge, never calling the handler',
      async (path) => {
        const response = await request(server).get(path).set('Authorization', 'Bearer alice');

        expect(response.status).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
        expect(response.body).toEqual({});
        expect(handled).not.toHaveBeenCalled();
      },
    );
  });
});
