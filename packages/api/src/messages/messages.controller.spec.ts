import { ManualClock } from 'step-up/testing';
import type { AuthenticatedRequest } from '../auth/access-token';
import { SqliteDatabase } from '../database/sqlite-database';
import { InvalidRequestBodyError } from '../errors/api-errors';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

const postedBy = (subject: string, body: unknown, uid = '00u1a2b3c4'): AuthenticatedRequest =>
  ({
    body,
    headers: { 'content-type': 'application/json' },
    is: (type: string) => (type === 'application/json' ? type : false),
    accessToken: { claims: { sub: subject, uid }, owner: `uid:${uid}` },
  }) as unknown as AuthenticatedRequest;

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

  it('adds a message after the seed messages, trimmed, under a new id', () => {
    const seeded = controller.findAll();

    const added = controller.create(postedBy('alice@example.com', { text: '  Passkeys at last  ' }));

    expect(added).toEqual({ id: expect.any(Number) as number, text: 'Passkeys at last' });
    expect(seeded.map(({ id }) => id)).not.toContain(added.id);
    expect(controller.findAll()).toEqual([...seeded, added]);
  });

  it("records the message's author by the owner the token names, not by its login", () => {
    const added = controller.create(postedBy('alice@example.com', { text: 'Mine' }, '00u9z8y7x6'));

    expect(
      database.connection.prepare('SELECT author FROM messages WHERE id = ?').pluck().get(added.id),
    ).toBe('uid:00u9z8y7x6');
  });

  it('seeds each message once, however often the application starts', () => {
    const count = controller.findAll().length;

    service.onModuleInit();

    expect(controller.findAll()).toHaveLength(count);
  });

  it.each([
    {
      description: 'an empty text',
      body: { text: '   ' },
      expected: [{ field: 'text', message: 'must not be empty' }],
    },
    {
      description: 'a text of 281 characters',
      body: { text: 'x'.repeat(281) },
      expected: [{ field: 'text', message: 'must be at most 280 characters long' }],
    },
    { description: 'no text', body: {}, expected: [{ field: 'text', message: 'is required' }] },
    {
      description: 'an unknown field',
      body: { text: 'hi', pinned: true },
      expected: [{ field: 'pinned', message: 'is not a field this request accepts' }],
    },
  ])('refuses $description field by field, adding nothing', ({ body, expected }) => {
    const before = controller.findAll();

    let thrown: unknown;
    try {
      controller.create(postedBy('alice@example.com', body));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(InvalidRequestBodyError);
    expect((thrown as InvalidRequestBodyError).errors).toEqual(expected);
    expect(controller.findAll()).toEqual(before);
  });

  it('accepts 280 characters with line breaks', () => {
    const text = `${'x'.repeat(139)}\n${'y'.repeat(140)}`;

    expect(controller.create(postedBy('alice@example.com', { text })).text).toBe(text);
  });
});
