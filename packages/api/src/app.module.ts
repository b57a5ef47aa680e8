import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { ApiConfigModule } from './config/api-config.module';
import { CurrenciesModule } from './currencies/currencies.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { MessagesModule } from './messages/messages.module';
import { StepUpModule } from './step-up/step-up.module';
import { StepupMiddleware } from './stepup.middleware';
import { TransactionsModule } from './transactions/transactions.module';

@Module({
  imports: [
    ApiConfigModule,
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
