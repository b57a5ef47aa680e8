import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MessageRulesController } from './message-rules.controller';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

@Module({
  imports: [AuthModule],
  controllers: [MessagesController, MessageRulesController],
  providers: [MessagesService],
})
export class MessagesModule {}
