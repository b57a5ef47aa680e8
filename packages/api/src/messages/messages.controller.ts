import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { OktaAcr } from 'step-up';
import { ResourceOwner } from '../auth/verified-token.decorator';
import { RequireAuthentication } from '../step-up/require-authentication.decorator';
import { JsonBody } from '../validation/json-body.decorator';
import type { Message } from './message';
import { messageRequestSchema, type MessageRequest } from './message-request';
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
  create(@ResourceOwner() owner: string, @JsonBody(messageRequestSchema) { text }: MessageRequest): Message {
    return this.messages.add(text, owner);
  }
}
