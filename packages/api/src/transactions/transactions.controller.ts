import { Controller, Get, Header, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { epochSeconds } from 'step-up';
import { GLOBAL_PREFIX } from '../app.setup';
import type { AccessToken } from '../auth/access-token';
import { Clock } from '../auth/clock';
import { ResourceOwner, VerifiedToken } from '../auth/verified-token.decorator';
import { stepUpConfig, type StepUpConfig } from '../config/api-config.module';
import { IDEMPOTENT_REPLAYED_HEADER } from '../idempotency/idempotency-key';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { enforceStepUpRequirement } from '../step-up/step-up-requirement';
import { JsonBody } from '../validation/json-body.decorator';
import { viewOf, type TransactionRequest, type TransactionView } from './transaction';
import { transactionRequestSchema } from './transaction-request';
import { stepUpRequirementForAmount } from './transaction-step-up';
import { TransactionsService } from './transactions.service';

/**
 * `/api/transactions`: the caller's own transactions. Every route needs a valid access token (the
 * global guard); creating one above the amount threshold needs step-up too. Nothing here is cached.
 */
@Controller('transactions')
export class TransactionsController {
  constructor(
    private readonly transactions: TransactionsService,
    @Inject(stepUpConfig.KEY) private readonly stepUpSettings: StepUpConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks, in this order, after the guards have verified the token: the `Idempotency-Key` (400, read
   * by its interceptor before any parameter), the body (415, 400), the step-up the amount calls for
   * (401), then the key's history (replay, 422, 409). Nothing is written before every check has passed.
   */
  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async create(
    @IdempotencyKey() idempotencyKey: string,
    @JsonBody(transactionRequestSchema) body: TransactionRequest,
    @VerifiedToken() token: AccessToken,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TransactionView> {
    enforceStepUpRequirement(
      token.claims,
      stepUpRequirementForAmount(body.amount, this.stepUpSettings),
      epochSeconds(this.clock),
    );
    const { transaction, replayed } = await this.transactions.create(token.owner, idempotencyKey, body);
    response.location(`/${GLOBAL_PREFIX}/transactions/${transaction.id}`);
    if (replayed) {
      response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    }
    return viewOf(transaction);
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  list(@ResourceOwner() owner: string): TransactionView[] {
    return this.transactions.list(owner).map(viewOf);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  findOne(@ResourceOwner() owner: string, @Param('id') id: string): TransactionView {
    return viewOf(this.transactions.findOne(owner, id));
  }
}
