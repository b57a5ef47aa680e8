import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from './auth/auth.module';
import { accessTokenCacheConfig } from './config/access-token-cache.config';
import { corsConfig } from './config/cors.config';
import { databaseConfig } from './config/database.config';
import { oidcConfig } from './config/oidc.config';
import { serverConfig } from './config/server.config';
import { stepUpConfig } from './config/step-up.config';
import { CurrenciesModule } from './currencies/currencies.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MessagesModule } from './messages/messages.module';
import { StepUpModule } from './step-up/step-up.module';
import { StepupMiddleware } from './stepup.middleware';
import { TransactionsModule } from './transactions/transactions.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [oidcConfig, accessTokenCacheConfig, serverConfig, stepUpConfig, databaseConfig, corsConfig],
    }),
    AuthModule,
    StepUpModule,
    DatabaseModule,
    HealthModule,
    CurrenciesModule,
    MessagesModule,
    TransactionsModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Under the global prefix: GET (and HEAD) on /api/messages and everything below it, whatever the
    // case. Other methods on messages declare their own requirement (see MessagesController).
    consumer
      .apply(StepupMiddleware)
      .forRoutes(
        { path: 'messages', method: RequestMethod.GET },
        { path: 'messages/*path', method: RequestMethod.GET },
      );
  }
}
