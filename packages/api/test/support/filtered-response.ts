import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';

/** Records what an exception filter does to an Express response. */
export class RecordedResponse {
  statusCode = 200;
  headersSent = false;
  destroyed = false;
  headers: Record<string, string> = {};
  body: unknown;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  json(body: unknown): this {
    this.body = body;
    return this;
  }

  destroy(): void {
    this.destroyed = true;
  }
}

/** Lets `filter` catch `exception` as Nest would during an HTTP request, and returns what it did to `response`. */
export function filteredResponse(
  filter: ExceptionFilter,
  exception: unknown,
  response = new RecordedResponse(),
): RecordedResponse {
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  filter.catch(exception, host);
  return response;
}
