import { HttpErrorResponse } from '@angular/common/http';

import { describeLoadFailure } from './messages-state';

describe('describeLoadFailure', () => {
  it.each([
    { description: 'a 401 without a step-up challenge', status: 401, expected: { status: 'signed-out' } },
    {
      description: 'an unreachable API',
      status: 0,
      expected: {
        status: 'failed',
        message: "The API can't be reached. Check that it is running, then try again.",
      },
    },
    {
      description: 'a 403',
      status: 403,
      expected: { status: 'failed', message: "Your account isn't allowed to read these messages." },
    },
    {
      description: 'a 502',
      status: 502,
      expected: {
        status: 'failed',
        message: 'The API ran into a problem (HTTP 502). Try again in a moment.',
      },
    },
    {
      description: 'a 503 (the API cannot check tokens right now), which is no reason to sign in again',
      status: 503,
      expected: {
        status: 'failed',
        message: 'The service is temporarily unavailable. Try again in a moment.',
      },
    },
    {
      description: 'a 404',
      status: 404,
      expected: { status: 'failed', message: 'The API refused the request (HTTP 404).' },
    },
  ])('describes $description', ({ status, expected }) => {
    expect(describeLoadFailure(new HttpErrorResponse({ status, url: '/api/messages' }))).toEqual(expected);
  });

  it('describes a body that is not a list of messages', () => {
    expect(describeLoadFailure(new TypeError('bad body'))).toEqual({
      status: 'failed',
      message: 'The API answered with something other than a list of messages.',
    });
  });
});
