/** The provider's only way to write to the console: one line per event, with a level and a timestamp. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

type Level = 'INFO' | 'WARN' | 'ERROR';

function describe(error: unknown): string {
  if (error instanceof Error) {
    return error.stack ?? `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** Writes to stdout (info) and stderr (warnings and errors). */
export function createConsoleLogger(
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Logger {
  const write = (stream: NodeJS.WritableStream, level: Level, message: string) => {
    stream.write(`${new Date().toISOString()} ${level} ${message}\n`);
  };
  return {
    info: (message) => write(out, 'INFO', message),
    warn: (message) => write(err, 'WARN', message),
    error: (message, error) =>
      write(err, 'ERROR', error === undefined ? message : `${message}\n${describe(error)}`),
  };
}

/** A logger that drops everything (tests that don't assert on logs). */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
