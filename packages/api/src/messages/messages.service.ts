import { Injectable } from '@nestjs/common';
import type { Message } from './message';

const MESSAGES: readonly Message[] = [
  { id: 1, text: 'I am a robot' },
  { id: 2, text: 'Hello, world!' },
  { id: 3, text: 'You proved it twice: password and a second factor.' },
  { id: 4, text: 'Sensitive things live here, so a second factor guards the door.' },
];

@Injectable()
export class MessagesService {
  findAll(): Message[] {
    return MESSAGES.map((message) => ({ ...message }));
  }
}
