import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdempotencyService } from './idempotency.service';

/** Idempotency keys stored in the API's database (see IdempotencyService). */
@Module({
  imports: [AuthModule],
  providers: [IdempotencyService],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
