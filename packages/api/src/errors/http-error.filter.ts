import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { formatBearerChallenge } from 'step-up';
import { BEARER_REALM } from '../auth/bearer-error.filter';
import { errorResponseFor } from './error-response';

/**
 * Renders every error that is not a bearer token refusal as JSON `{ error, error_description }` with
 * its status (see errorResponseFor). Unexpected failures answer 500 without details and are logged
 * with their stack. Registered before the BearerErrorFilter, which takes precedence for its errors.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body, headers, unexpected } = errorResponseFor(exception);
    if (unexpected) {
      this.logger.error('Request failed', exception instanceof Error ? exception.stack : String(exception));
    }
    if (response.headersSent) {
      response.destroy();
      return;
    }
    for (const [name, value] of Object.entries(headers ?? {})) {
      response.setHeader(name, value);
    }
    if (status === 401) {
      // Every 401 names the scheme that would be accepted (RFC 9110 §15.5.2).
      response.setHeader('WWW-Authenticate', formatBearerChallenge({ realm: BEARER_REALM }));
    }
    response.status(status).json(body);
  }
}
