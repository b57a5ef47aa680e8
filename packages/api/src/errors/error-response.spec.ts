import {
  BadRequestException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
} from '@nestjs/common';
import { ApiError } from './api-errors';
import { errorCodeOf, errorResponseFor } from './error-response';

class TooEagerError extends ApiError {
  readonly code = 'too_eager';
  readonly status = 429;
  override readonly headers = { 'Retry-After': '2' };

  constructor() {
    super('Wait two seconds before asking again');
  }
}

/** What Express's body parsers throw (`http-errors`): a status, and `expose` when the message is for clients. */
function parserError(status: number, message: string, expose: boolean): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose });
}

describe('errorResponseFor', () => {
  it.each([
    {
      description: 'an unknown route as 404 not_found',
      input: new NotFoundException('Cannot GET /api/nothing'),
      expected: {
        status: 404,
        body: { error: 'not_found', error_description: 'Cannot GET /api/nothing' },
        unexpected: false,
      },
    },
    {
      description: 'an unparseable body as 400 bad_request',
      input: new BadRequestException('Unexpected end of JSON input'),
      expected: {
        status: 400,
        body: { error: 'bad_request', error_description: 'Unexpected end of JSON input' },
        unexpected: false,
      },
    },
    {
      description: 'an oversized body as 413 payload_too_large',
      input: parserError(413, 'request entity too large', true),
      expected: {
        status: 413,
        body: { error: 'payload_too_large', error_description: 'request entity too large' },
        unexpected: false,
      },
    },
    {
      description: 'an unsupported charset as 415 unsupported_media_type',
      input: parserError(415, 'unsupported charset "KLINGON"', true),
      expected: {
        status: 415,
        body: { error: 'unsupported_media_type', error_description: 'unsupported charset "KLINGON"' },
        unexpected: false,
      },
    },
    {
      description: 'a 405 HttpException as method_not_allowed',
      input: new HttpException('Use GET', 405),
      expected: {
        status: 405,
        body: { error: 'method_not_allowed', error_description: 'Use GET' },
        unexpected: false,
      },
    },
  ])('answers $description', ({ input, expected }) => {
    expect(errorResponseFor(input)).toEqual(expected);
  });

  it('answers an ApiError with its own status, code, description and headers', () => {
    expect(errorResponseFor(new TooEagerError())).toEqual({
      status: 429,
      body: { error: 'too_eager', error_description: 'Wait two seconds before asking again' },
      headers: { 'Retry-After': '2' },
      unexpected: false,
    });
  });

  it.each([
    { description: 'a plain Error', input: new Error('database password is hunter2') },
    { description: 'a thrown string', input: 'oops' },
    { description: 'undefined', input: undefined },
    {
      description: 'a parser error not meant for clients',
      input: parserError(500, 'stream encoding should not be set', false),
    },
    { description: 'a 4xx status without expose', input: parserError(400, 'internal detail', false) },
    {
      description: 'an InternalServerErrorException',
      input: new InternalServerErrorException('connection pool exhausted'),
    },
  ])('answers $description with a 500 that reveals nothing', ({ input }) => {
    expect(errorResponseFor(input)).toEqual({
      status: 500,
      body: { error: 'internal_server_error', error_description: 'The server failed to answer the request' },
      unexpected: true,
    });
  });
});

describe('errorCodeOf', () => {
  it.each([
    { input: 400, expected: 'bad_request' },
    { input: 404, expected: 'not_found' },
    { input: 413, expected: 'payload_too_large' },
    { input: 418, expected: 'i_m_a_teapot' },
    { input: 431, expected: 'request_header_fields_too_large' },
    { input: 499, expected: 'error' },
  ])('names status $input $expected', ({ input, expected }) => {
    expect(errorCodeOf(input)).toBe(expected);
  });
});
