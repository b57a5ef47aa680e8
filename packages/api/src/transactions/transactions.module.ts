import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { NoTransactionRecordingHooks, TransactionRecordingHooks } from './transaction-recording.hooks';
import { TransactionsController } from './transactions.controller';
import { TransactionsRepository } from './transactions.repository';
import { TransactionsService } from './transactions.service';

@Module({
  imports: [AuthModule, IdempotencyModule],
  controllers: [TransactionsController],
  providers: [
    TransactionsService,
    TransactionsRepository,
    { provide: TransactionRecordingHooks, useClass: NoTransactionRecordingHooks },
  ],
})
export class TransactionsModule {}
