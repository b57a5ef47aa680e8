/** The provider's only way to write to the console: one line per event, with a level and a timestamp. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

type Level = 'INFO' | 'WARN' | 'ERROR';

/**
 * Characters that could forge or hide log lines when a request value (an email, a path, a user agent)
 * is written out: C0 controls (line breaks, ANSI escapes), DEL, C1 controls, the Unicode line and
 * paragraph separators and the bidirectional overrides that reorder what a reader sees; and the
 * backslash, so an escape in the log can't be told apart from one typed by a client.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_LOG = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\\]/g;

const NAMED_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
  ['\\', '\\\\'],
]);

/** `text` with every character that could break or disguise a log line written as a visible escape. */
export function escapeForLog(text: string): string {
  return text.replace(
    UNSAFE_IN_LOG,
    (char) => NAMED_ESCAPES.get(char) ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The error's name and message (escaped: they may quote request values) followed by its stack frames,
 * which come from the code and keep their line breaks.
 */
function describe(error: unknown): string {
  if (!(error instanceof Error)) {
    return escapeForLog(String(error));
  }
  const header = `${error.name}: ${error.message}`;
  const stack = error.stack ?? '';
  const frames = stack.startsWith(header)
    ? stack.slice(header.length)
    : stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .map((line) => `\n${line}`)
        .join('');
  return `${escapeForLog(header)}${frames}`;
}

/**
 * Writes to stdout (info) and stderr (warnings and errors). Every message is escaped, so whatever a
 * request put into it stays on its one line.
 */
export function createConsoleLogger(
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Logger {
  const write = (stream: NodeJS.WritableStream, level: Level, message: string) => {
    stream.write(`${new Date().toISOString()} ${level} ${message}\n`);
  };
  return {
    info: (message) => write(out, 'INFO', escapeForLog(message)),
    warn: (message) => write(err, 'WARN', escapeForLog(message)),
    error: (message, error) =>
      write(
        err,
        'ERROR',
        error === undefined ? escapeForLog(message) : `${escapeForLog(message)}\n${describe(error)}`,
      ),
  };
}

/** A logger that drops everything (tests that don't assert on logs). */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
