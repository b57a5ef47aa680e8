import { Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { filteredResponse, RecordedResponse } from '../../test/support/filtered-response';
import { ApiError } from './api-errors';
import { HttpErrorFilter } from './http-error.filter';

class BusyError extends ApiError {
  readonly code = 'busy';
  readonly status = 409;
  override readonly headers = { 'Retry-After': '1' };

  constructor() {
    super('Still working on the previous request');
  }
}

const render = (exception: unknown, response?: RecordedResponse) =>
  filteredResponse(new HttpErrorFilter(), exception, response);

describe('HttpErrorFilter', () => {
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => logged.mockRestore());

  it('renders a client error as JSON with its status, without logging it', () => {
    const response = render(new NotFoundException('Cannot GET /api/nothing'));

    expect(response.statusCode).toBe(404);
    expect(response.body).toEqual({ error: 'not_found', error_description: 'Cannot GET /api/nothing' });
    expect(logged).not.toHaveBeenCalled();
  });

  it('answers an unexpected failure with a bare 500 and logs its stack', () => {
    const failure = new Error('database password is hunter2');

    const response = render(failure);

    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('hunter2');
    expect(logged).toHaveBeenCalledWith('Request failed', failure.stack);
  });

  it('sends the headers an ApiError carries along with its body', () => {
    const response = render(new BusyError());

    expect(response.statusCode).toBe(409);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.body).toEqual({
      error: 'busy',
      error_description: 'Still working on the previous request',
    });
  });

  it('adds a Bearer challenge to any 401, as RFC 9110 requires', () => {
    const response = render(new UnauthorizedException());

    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="api"');
  });

  it('closes the connection when the response has already started', () => {
    const started = Object.assign(new RecordedResponse(), { headersSent: true });

    const response = render(new Error('failed while streaming'), started);

    expect(response.destroyed).toBe(true);
    expect(response.body).toBeUndefined();
  });
});
