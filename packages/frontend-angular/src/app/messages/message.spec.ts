import { parseMessages } from './message';

describe('parseMessages', () => {
  it('keeps id and text of each message', () => {
    expect(
      parseMessages([
        { id: 1, text: 'I am a robot', extra: true },
        { id: 'b', text: 'Hello, world!' },
      ]),
    ).toEqual([
      { id: 1, text: 'I am a robot' },
      { id: 'b', text: 'Hello, world!' },
    ]);
  });

  it('reads an empty body as no messages', () => {
    expect(parseMessages(null)).toEqual([]);
  });

  it.each([
    { description: 'an object', input: { messages: [] } },
    { description: 'a message without text', input: [{ id: 1 }] },
    { description: 'a message with a numeric text', input: [{ id: 1, text: 5 }] },
    { description: 'a message without an id', input: [{ text: 'hi' }] },
    { description: 'a list holding null', input: [null] },
  ])('rejects $description', ({ input }) => {
    expect(() => parseMessages(input)).toThrow(
      'The API answered with something other than a list of messages.',
    );
  });
});
