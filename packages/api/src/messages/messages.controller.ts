import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { OktaAcr } from 'step-up';
import type { AuthenticatedRequest } from '../auth/access-token';
import { RequireAuthentication } from '../step-up/require-authentication.decorator';
import { validateJsonBody } from '../validation/json-body';
import type { Message } from './message';
import { messageRequestSchema } from './message-request';
import { MessagesService } from './messages.service';

/**
 * `/api/messages`. Reading is guarded by the post's step-up middleware (two factors, see AppModule);
 * posting is declared here: it needs phishing-resistant authentication (a passkey).
 */
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  findAll(): Message[] {
    return this.messages.findAll();
  }

  @Post()
  @HttpCode(201)
  @RequireAuthentication({ acr: OktaAcr.PhishingResistant })
  create(@Req() request: AuthenticatedRequest): Message {
    const { text } = validateJsonBody(messageRequestSchema, request);
    return this.messages.add(text, request.accessToken.owner);
  }
}
