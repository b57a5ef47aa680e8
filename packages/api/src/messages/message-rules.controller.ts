import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { messageRulesView, type MessageRulesView } from './message-rules';

/**
 * `GET /api/message-rules`: the length a message's text may have and the unit it is counted in. Public,
 * like `GET /api/currencies`: these are the API's published rules, not anyone's data; the SPA counts the
 * characters left from them instead of keeping a copy. Not under `/api/messages`, whose reading needs
 * two factors (the post's middleware).
 */
@Public()
@Controller('message-rules')
export class MessageRulesController {
  @Get()
  @Header('Cache-Control', 'no-cache')
  show(): MessageRulesView {
    return messageRulesView();
  }
}
