import { ManualClock } from 'step-up/testing';
import { SqliteDatabase } from '../database/sqlite-database';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

describe('MessagesController', () => {
  let database: SqliteDatabase;
  let service: MessagesService;
  let controller: MessagesController;

  beforeEach(() => {
    database = new SqliteDatabase({ path: ':memory:' });
    service = new MessagesService(database, new ManualClock(1_893_456_000_000));
    service.onModuleInit();
    controller = new MessagesController(service);
  });

  afterEach(() => database.onModuleDestroy());

  it('lists messages with a numeric id and a text, as the SPA shows them', () => {
    const messages = controller.findAll();

    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map(({ id }) => id)).size).toBe(messages.length);
    for (const message of messages) {
      expect(message).toEqual({ id: expect.any(Number) as number, text: expect.any(String) as string });
    }
  });

  it('hands out copies, so a caller cannot change the messages of the next one', () => {
    const first = controller.findAll();
    first[0].text = 'changed';

    expect(controller.findAll()[0]?.text).not.toBe('changed');
  });

  it('adds a message after the seed messages, under a new id', () => {
    const seeded = controller.findAll();

    const added = controller.create('uid:00u1a2b3c4', { text: 'Passkeys at last' });

    expect(added).toEqual({ id: expect.any(Number) as number, text: 'Passkeys at last' });
    expect(seeded.map(({ id }) => id)).not.toContain(added.id);
    expect(controller.findAll()).toEqual([...seeded, added]);
  });

  it("records the message's author by the owner the token names (its ResourceOwner)", () => {
    const added = controller.create('uid:00u9z8y7x6', { text: 'Mine' });

    expect(
      database.connection.prepare('SELECT author FROM messages WHERE id = ?').pluck().get(added.id),
    ).toBe('uid:00u9z8y7x6');
  });

  it('seeds each message once, however often the application starts', () => {
    const count = controller.findAll().length;

    service.onModuleInit();

    expect(controller.findAll()).toHaveLength(count);
  });
});
