import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { z } from 'zod';
import { validateJsonBody } from './json-body';

/** Wrapped, because Nest would take a bare schema, which has a `transform` method, for a pipe. */
interface JsonBodyData {
  schema: z.ZodType;
}

const jsonBody = createParamDecorator(({ schema }: JsonBodyData, context: ExecutionContext): unknown =>
  validateJsonBody(schema, context.switchToHttp().getRequest<Request>()),
);

/**
 * The request's JSON body, checked and shaped by `schema` (see validateJsonBody): the handler
 * receives the schema's output, or is never called.
 *
 * Parameters are read after the guards and interceptors (a body the parsers could not read was
 * refused there, see deferBodyParserErrors), all together: a check that must come before the body's
 * belongs in an interceptor, as the Idempotency-Key's does (see IdempotencyKey).
 *
 * ```ts
 * create(@JsonBody(messageRequestSchema) { text }: MessageRequest): Message
 * ```
 *
 * @throws UnsupportedMediaTypeError (415) when the body is not declared as JSON.
 * @throws InvalidRequestBodyError (400) listing every problem, field by field.
 */
export function JsonBody(schema: z.ZodType): ParameterDecorator {
  return jsonBody({ schema });
}
