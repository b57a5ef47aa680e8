import { Controller, Get } from '@nestjs/common';
import type { Message } from './message';
import { MessagesService } from './messages.service';

/** `GET /api/messages`, behind the step-up middleware (two-factor authentication required). */
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  findAll(): Message[] {
    return this.messages.findAll();
  }
}
