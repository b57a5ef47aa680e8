import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { serviceUnavailableMessage } from './service-unavailable';

describe('serviceUnavailableMessage', () => {
  const answer = (status: number, retryAfter?: string) =>
    new HttpErrorResponse({
      status,
      url: '/api/messages',
      headers: retryAfter === undefined ? new HttpHeaders() : new HttpHeaders({ 'Retry-After': retryAfter }),
    });

  it.each([
    { description: 'no Retry-After', retryAfter: undefined, wait: 'in a moment' },
    { description: 'a Retry-After of 30 seconds', retryAfter: '30', wait: 'in 30 seconds' },
    { description: 'a Retry-After of 1 second', retryAfter: '1', wait: 'in a second' },
    { description: 'a Retry-After of 0 seconds', retryAfter: '0', wait: 'in a second' },
    { description: 'a Retry-After of 5 minutes', retryAfter: '300', wait: 'in 5 minutes' },
    {
      description: 'a Retry-After as an HTTP date',
      retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT',
      wait: 'in a moment',
    },
    { description: 'a negative Retry-After', retryAfter: '-5', wait: 'in a moment' },
    { description: 'a Retry-After that is not a number', retryAfter: 'soon', wait: 'in a moment' },
    { description: 'an absurdly long Retry-After', retryAfter: '9'.repeat(40), wait: 'in a moment' },
  ])('says the service is temporarily unavailable, with $description', ({ retryAfter, wait }) => {
    expect(serviceUnavailableMessage(answer(503, retryAfter), 'Try again')).toBe(
      `The service is temporarily unavailable. Try again ${wait}.`,
    );
  });

  it.each([401, 500, 502, 504, 0])('has nothing to say about a %s', (status) => {
    expect(serviceUnavailableMessage(answer(status, '30'), 'Try again')).toBeNull();
  });
});
