import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

describe('MessagesController', () => {
  it('lists messages with a numeric id and a text, as the SPA shows them', () => {
    const messages = new MessagesController(new MessagesService()).findAll();

    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map(({ id }) => id)).size).toBe(messages.length);
    for (const message of messages) {
      expect(message).toEqual({ id: expect.any(Number) as number, text: expect.any(String) as string });
    }
  });

  it('hands out copies, so a caller cannot change the messages of the next one', () => {
    const service = new MessagesService();
    const first = service.findAll();
    first[0]!.text = 'changed';

    expect(service.findAll()[0]?.text).not.toBe('changed');
  });
});
