import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { ApiError } from './api-errors';

/** The JSON body of every error response: a stable snake_case `error` and a sentence for developers. */
export interface ErrorBody {
  error: string;
  error_description: string;
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** Headers to send along, such as `Retry-After`. */
  headers?: Readonly<Record<string, string>>;
  /** Whether the failure is the server's own (5xx) and deserves a log entry with the stack. */
  unexpected: boolean;
}

const UNEXPECTED: ErrorResponse = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { error: 'internal_server_error', error_description: 'The server failed to answer the request' },
  unexpected: true,
};

/**
 * Maps anything thrown while handling a request to the response it deserves:
 * - the API's own refusals ({@link ApiError}) keep their status, body and headers;
 * - Nest's HttpExceptions (404 for unknown routes, 400 for unparseable JSON bodies, …) keep their
 *   status and message;
 * - client errors raised by Express and its body parsers (`http-errors` with `expose`: 413 for
 *   oversized bodies, 415 for unsupported charsets, …) keep theirs;
 * - everything else is a 500 whose details stay in the log.
 */
export function errorResponseFor(exception: unknown): ErrorResponse {
  if (exception instanceof ApiError) {
    return {
      status: exception.status,
      body: exception.toJSON(),
      headers: exception.headers,
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return status >= 500 ? { ...UNEXPECTED, status } : clientError(status, exception.message);
  }
  if (isExposedClientError(exception)) {
    return clientError(exception.status, exception.message);
  }
  return UNEXPECTED;
}

function clientError(status: number, description: string): ErrorResponse {
  return { status, body: { error: errorCodeOf(status), error_description: description }, unexpected: false };
}

/** `404` → `not_found`, `413` → `payload_too_large`: the reason phrase in snake_case. */
export function errorCodeOf(status: number): string {
  const phrase = STATUS_CODES[status] ?? 'error';
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export interface ExposedClientError extends Error {
  status: number;
}

/** An error from Express or its body parsers that is safe to show the client (4xx with `expose`). */
export function isExposedClientError(value: unknown): value is ExposedClientError {
  if (!(value instanceof Error)) {
    return false;
  }
  const { status, expose } = value as Error & { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}
