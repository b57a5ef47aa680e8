import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { describeListFailure } from './transaction-list-state';

describe('describeListFailure', () => {
  it.each([
    {
      description: 'an unreachable API',
      status: 0,
      expected: "Your transactions can't be loaded: the API can't be reached.",
    },
    {
      description: 'a 401',
      status: 401,
      expected: 'Your session has ended. Sign in again to see your transactions.',
    },
    {
      description: 'a 503 (the API cannot check tokens right now), which is no reason to sign in again',
      status: 503,
      expected: 'The service is temporarily unavailable. Load again in 30 seconds.',
    },
    { description: 'a 500', status: 500, expected: "Your transactions can't be loaded (HTTP 500)." },
  ])('words $description', ({ status, expected }) => {
    const headers = new HttpHeaders(status === 503 ? { 'Retry-After': '30' } : {});
    expect(describeListFailure(new HttpErrorResponse({ status, headers }))).toBe(expected);
  });

  it('says when the API answered with something that is not a list', () => {
    expect(describeListFailure(new TypeError('not a list'))).toBe(
      'The API answered with something other than a list of transactions.',
    );
  });
});
