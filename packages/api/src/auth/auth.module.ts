import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  accessTokenCacheConfig,
  oidcConfig,
  type AccessTokenCacheConfig,
  type OidcConfig,
} from '../config/api-config.module';
import { jwksUriOf } from '../config/issuer-url';
import { AccessTokenGuard } from './access-token.guard';
import { AccessTokenVerifier } from './access-token-verifier.service';
import { systemClock } from 'step-up';
import { Clock } from './clock';
import { RemoteKeySet } from './remote-key-set';
import { RequestAuthenticator } from './request-authenticator.service';
import { VerifiedTokenCache } from './verified-token-cache';

/**
 * Access token verification for the whole API: every route needs a valid token unless marked
 * `@Public()`. Exports the authenticator (for middleware such as the step-up check) and the clock.
 */
@Module({
  providers: [
    { provide: Clock, useValue: systemClock },
    {
      provide: RemoteKeySet,
      inject: [oidcConfig.KEY, Clock],
      useFactory: (oidc: OidcConfig, clock: Clock) =>
        new RemoteKeySet({ jwksUri: jwksUriOf(oidc.issuer), clock }),
    },
    {
      provide: VerifiedTokenCache,
      inject: [accessTokenCacheConfig.KEY],
      useFactory: (settings: AccessTokenCacheConfig) => new VerifiedTokenCache(settings),
    },
    AccessTokenVerifier,
    RequestAuthenticator,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
  ],
  exports: [Clock, RequestAuthenticator],
})
export class AuthModule {}
