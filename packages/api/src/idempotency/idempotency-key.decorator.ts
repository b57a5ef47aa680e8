import {
  createParamDecorator,
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { decorateHandler } from '../decorate-handler';
import { readIdempotencyKey } from './idempotency-key';

/** The keys read by the interceptor, for the parameter to hand over. */
const keysRead = new WeakMap<Request, string>();

/**
 * Reads the `Idempotency-Key` of a request before the handler's parameters are: Nest reads those
 * together, so this is how a bad key is refused before the body is judged (README: Order of checks).
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    keysRead.set(request, readIdempotencyKey(request));
    return next.handle();
  }
}

/**
 * The request's `Idempotency-Key` (see readIdempotencyKey), checked before anything else about the
 * request is read, right after the guards and the global interceptors.
 *
 * ```ts
 * create(@IdempotencyKey() idempotencyKey: string, @JsonBody(schema) body: TransactionRequest)
 * ```
 *
 * @throws InvalidIdempotencyKeyError (400) when the header is missing, repeated or malformed.
 */
export const IdempotencyKey = createParamDecorator(
  (_data: void, context: ExecutionContext): string => {
    const key = keysRead.get(context.switchToHttp().getRequest<Request>());
    if (key === undefined) {
      // Cannot happen: the decorator binds the interceptor to its handler, and it runs before any parameter is read.
      throw new Error('@IdempotencyKey() was read before IdempotencyKeyInterceptor ran');
    }
    return key;
  },
  [decorateHandler(UseInterceptors(IdempotencyKeyInterceptor))],
);
