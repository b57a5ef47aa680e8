import type { ErrorBody } from './error-response';

/**
 * A request the API refuses for a reason of its own (not a bearer token problem): a stable snake_case
 * `code`, the HTTP `status`, the message as `error_description`, and any response `headers` that go
 * with it (e.g. `Retry-After`). Rendered by the HttpErrorFilter; subclasses may add body members.
 */
export abstract class ApiError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly headers: Readonly<Record<string, string>> = {};

  toJSON(): ErrorBody {
    return { error: this.code, error_description: this.message };
  }
}
