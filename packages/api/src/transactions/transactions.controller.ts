import { Controller, Get, Header, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { epochSeconds } from 'step-up';
import { GLOBAL_PREFIX } from '../app.setup';
import type { AuthenticatedRequest } from '../auth/access-token';
import { Clock } from '../auth/clock';
import { stepUpConfig, type StepUpConfig } from '../config/step-up.config';
import { IDEMPOTENT_REPLAYED_HEADER, readIdempotencyKey } from '../idempotency/idempotency-key';
import { enforceStepUpRequirement } from '../step-up/step-up-requirement';
import { validateJsonBody } from '../validation/json-body';
import { viewOf, type TransactionView } from './transaction';
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
   * Checks, in this order, after the guards have verified the token: the `Idempotency-Key` (400), the
   * body (415, 400), the step-up the amount calls for (401), then the key's history (replay, 422,
   * 409). Nothing is written before every check has passed.
   */
  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async create(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TransactionView> {
    const idempotencyKey = readIdempotencyKey(request);
    const body = validateJsonBody(transactionRequestSchema, request);
    const { claims } = request.accessToken;
    enforceStepUpRequirement(
      claims,
      stepUpRequirementForAmount(body.amount, this.stepUpSettings),
      epochSeconds(this.clock),
    );
    const { transaction, replayed } = await this.transactions.create(
      request.accessToken.owner,
      idempotencyKey,
      body,
    );
    response.location(`/${GLOBAL_PREFIX}/transactions/${transaction.id}`);
    if (replayed) {
      response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    }
    return viewOf(transaction);
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  list(@Req() request: AuthenticatedRequest): TransactionView[] {
    return this.transactions.list(request.accessToken.owner).map(viewOf);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  findOne(@Req() request: AuthenticatedRequest, @Param('id') id: string): TransactionView {
    return viewOf(this.transactions.findOne(request.accessToken.owner, id));
  }
}
