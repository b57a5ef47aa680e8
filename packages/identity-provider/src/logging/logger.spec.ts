import { Writable } from 'node:stream';

import { createConsoleLogger, escapeForLog } from './logger.js';

/** A stream that keeps what was written to it. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('escapeForLog', () => {
  const cases: ReadonlyArray<{ description: string; input: string; expected: string }> = [
    {
      description: 'leaves an ordinary email alone',
      input: 'alice@example.com',
      expected: 'alice@example.com',
    },
    { description: 'leaves non-ASCII letters alone', input: 'zoë@exämple.com', expected: 'zoë@exämple.com' },
    {
      description: 'escapes a line feed that would start a forged line',
      input: 'x@example.com\n2030-01-01T00:00:00.000Z INFO alice@example.com signed in',
      expected: 'x@example.com\\n2030-01-01T00:00:00.000Z INFO alice@example.com signed in',
    },
    { description: 'escapes a carriage return', input: 'a\rb', expected: 'a\\rb' },
    { description: 'escapes a tab', input: 'a\tb', expected: 'a\\tb' },
    { description: 'escapes NUL', input: 'a\u0000b', expected: 'a\\u0000b' },
    { description: 'escapes an ANSI colour sequence', input: '\u001b[31mred', expected: '\\u001b[31mred' },
    { description: 'escapes DEL', input: 'a\u007fb', expected: 'a\\u007fb' },
    { description: 'escapes a C1 control (NEL)', input: 'a\u0085b', expected: 'a\\u0085b' },
    { description: 'escapes the Unicode line separator', input: 'a\u2028b', expected: 'a\\u2028b' },
    { description: 'escapes the paragraph separator', input: 'a\u2029b', expected: 'a\\u2029b' },
    { description: 'escapes a right-to-left override', input: 'a\u202eb', expected: 'a\\u202eb' },
    { description: 'escapes a right-to-left isolate', input: 'a\u2067b', expected: 'a\\u2067b' },
    {
      description: 'escapes a backslash, so a typed "\\n" differs from an escaped line break',
      input: 'a\\nb',
      expected: 'a\\\\nb',
    },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(escapeForLog(input)).toBe(expected);
  });
});

describe('createConsoleLogger', () => {
  it('writes a message holding a line break as one line', () => {
    const out = capture();
    const logger = createConsoleLogger(out.stream, capture().stream);

    logger.info('Failed password sign-in for x@example.com\nINFO alice@example.com signed in');

    expect(out.text().split('\n')).toHaveLength(2);
    expect(out.text()).toMatch(
      /^\S+ INFO Failed password sign-in for x@example\.com\\nINFO alice@example\.com signed in\n$/,
    );
  });

  it('escapes warnings and errors too', () => {
    const err = capture();
    const logger = createConsoleLogger(capture().stream, err.stream);

    logger.warn('a\nb');
    logger.error('c\rd');

    expect(err.text()).toMatch(/^\S+ WARN a\\nb\n\S+ ERROR c\\rd\n$/);
  });

  it("escapes an error's message but keeps its stack frames on their own lines", () => {
    const err = capture();
    const logger = createConsoleLogger(capture().stream, err.stream);

    logger.error('POST /x failed', new Error('bad value "evil\nERROR forged"'));

    const lines = err.text().split('\n');
    expect(lines[1]).toBe('Error: bad value "evil\\nERROR forged"');
    expect(lines[2]).toMatch(/^\s+at /);
  });

  it('escapes a thrown value that is not an Error', () => {
    const err = capture();
    const logger = createConsoleLogger(capture().stream, err.stream);

    logger.error('failed', 'line\nbreak');

    expect(err.text()).toMatch(/^\S+ ERROR failed\nline\\nbreak\n$/);
  });
});
