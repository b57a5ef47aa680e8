import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { StepUpGuard } from './step-up.guard';

/** Declarative step-up for the whole API: the global guard behind {@link RequireAuthentication}. */
@Module({
  imports: [AuthModule],
  providers: [{ provide: APP_GUARD, useClass: StepUpGuard }],
})
export class StepUpModule {}
