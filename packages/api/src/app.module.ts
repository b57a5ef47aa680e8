import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from './auth/auth.module';
import { oidcConfig } from './config/oidc.config';
import { serverConfig } from './config/server.config';
import { HealthModule } from './health/health.module';
import { MessagesModule } from './messages/messages.module';
import { StepupMiddleware } from './stepup.middleware';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [oidcConfig, serverConfig] }),
    AuthModule,
    HealthModule,
    MessagesModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Under the global prefix this covers /api/messages and everything below it.
    consumer.apply(StepupMiddleware).forRoutes('messages');
  }
}
