import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { isExposedClientError, type ExposedClientError } from './error-response';

const BODY_ERROR = Symbol('bodyError');

type RequestWithBodyError = Request & { [BODY_ERROR]?: ExposedClientError };

/**
 * Express error middleware placed right after the body parsers. A body that can't be read (malformed
 * JSON, too large, an unsupported charset) is not refused here but remembered, so that the request is
 * first authenticated: a caller without a valid token learns only that (401), never how its body was
 * judged. {@link DeferredBodyErrorInterceptor} refuses the request after the guards have run.
 */
export function deferBodyParserErrors(
  error: unknown,
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  if (!isExposedClientError(error)) {
    next(error);
    return;
  }
  (request as RequestWithBodyError)[BODY_ERROR] = error;
  request.body = undefined;
  next();
}

/** Refuses, after authentication, a request whose body {@link deferBodyParserErrors} set aside. */
@Injectable()
export class DeferredBodyErrorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const error = context.switchToHttp().getRequest<RequestWithBodyError>()[BODY_ERROR];
    if (error !== undefined) {
      throw error;
    }
    return next.handle();
  }
}
