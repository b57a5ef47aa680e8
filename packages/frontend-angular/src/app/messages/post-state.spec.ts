import { HttpErrorResponse, HttpResponse } from '@angular/common/http';

import { describePostFailure, postStateOf } from './post-state';

describe('describePostFailure', () => {
  it.each([
    {
      description: "the API's field message for a 400",
      error: new HttpErrorResponse({
        status: 400,
        error: { error: 'invalid_request', errors: [{ field: 'text', message: 'must not be empty' }] },
      }),
      expected: 'The message must not be empty.',
    },
    {
      description: "the API's description when no field is named",
      error: new HttpErrorResponse({ status: 400, error: { error_description: 'The body is not JSON' } }),
      expected: 'The body is not JSON',
    },
    {
      description: 'a general refusal for a 400 without details',
      error: new HttpErrorResponse({ status: 400 }),
      expected: 'The API refused this message.',
    },
    {
      description: 'a temporarily unavailable service for a 503, the text kept for another try',
      error: new HttpErrorResponse({ status: 503 }),
      expected: 'The service is temporarily unavailable. Post again in a moment.',
    },
    {
      description: 'an ended session for a 401 without a challenge',
      error: new HttpErrorResponse({ status: 401 }),
      expected: 'Your session has ended. Sign in again, then post your message.',
    },
    {
      description: 'an unreachable API',
      error: new HttpErrorResponse({ status: 0 }),
      expected: "The API can't be reached. Check that it is running, then post again.",
    },
    {
      description: 'a server error',
      error: new HttpErrorResponse({ status: 502 }),
      expected: 'The API ran into a problem (HTTP 502). Post again in a moment.',
    },
    {
      description: 'anything else',
      error: new HttpErrorResponse({ status: 413 }),
      expected: 'The API refused the message (HTTP 413).',
    },
  ])('words $description', ({ error, expected }) => {
    expect(describePostFailure(error)).toBe(expected);
  });
});

describe('postStateOf', () => {
  it('reads the posted message from a 201', () => {
    const response = new HttpResponse({ status: 201, body: { id: 3, text: 'Hi' } });

    expect(postStateOf({ kind: 'done', response })).toEqual({
      status: 'posted',
      message: { id: 3, text: 'Hi' },
    });
  });

  it('does not take an answer that is not a message for a posted one', () => {
    const response = new HttpResponse({ status: 201, body: { ok: true } });

    expect(postStateOf({ kind: 'done', response })).toEqual({
      status: 'failed',
      message: 'The API answered with something other than the posted message.',
    });
  });

  it('shows the step-up on its way to the provider (the rest of the step-up is actionStateOf)', () => {
    expect(postStateOf({ kind: 'redirecting' })).toEqual({ status: 'stepping-up' });
  });
});
