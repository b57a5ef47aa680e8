import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { of } from 'rxjs';
import { deferBodyParserErrors, DeferredBodyErrorInterceptor } from './deferred-body-error';

function clientError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status, expose: true });
}

function contextFor(request: Request): ExecutionContext {
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe('deferred body errors', () => {
  const handler: CallHandler = { handle: () => of('handled') };

  it('sets a client error aside, clears the body and lets the request go on to authentication', () => {
    const request = { body: { partial: true } } as unknown as Request;
    const next = jest.fn();

    deferBodyParserErrors(clientError(400, 'Unexpected end of JSON input'), request, {} as Response, next);

    expect(next).toHaveBeenCalledWith();
    expect(request.body).toBeUndefined();
    expect(() => new DeferredBodyErrorInterceptor().intercept(contextFor(request), handler)).toThrow(
      'Unexpected end of JSON input',
    );
  });

  it('passes any other error on untouched', () => {
    const failure = new Error('disk on fire');
    const next = jest.fn();

    deferBodyParserErrors(failure, {} as Request, {} as Response, next);

    expect(next).toHaveBeenCalledWith(failure);
  });

  it('lets a request with a readable body through to its handler', (done) => {
    new DeferredBodyErrorInterceptor().intercept(contextFor({} as Request), handler).subscribe((value) => {
      expect(value).toBe('handled');
      done();
    });
  });
});
