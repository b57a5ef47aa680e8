import { HttpErrorResponse } from '@angular/common/http';

import { describeTransactionFailure } from './transaction-failure';

const response = (status: number, error: unknown = null) =>
  new HttpErrorResponse({ status, statusText: 'Error', error, url: '/api/transactions' });

describe('describeTransactionFailure', () => {
  it("shows the API's field errors beside the fields, as sentences", () => {
    const failure = describeTransactionFailure(
      response(400, {
        error: 'invalid_request',
        error_description: 'The request body is invalid: …',
        errors: [
          { field: 'amount', message: 'must have at most 2 digits after the decimal point for USD' },
          { field: 'payee', message: 'must not be empty' },
          { field: 'payee', message: 'must be a string' },
        ],
      }),
    );

    expect(failure).toEqual({
      message: 'The API did not accept the transaction. Check the fields marked below.',
      fieldErrors: {
        amount: 'Amount must have at most 2 digits after the decimal point for USD.',
        payee: 'Payee must not be empty.',
      },
      outcomeUnknown: false,
    });
  });

  it('mentions problems that belong to no field in the message', () => {
    const failure = describeTransactionFailure(
      response(400, { errors: [{ field: 'colour', message: 'is not a field this request accepts' }] }),
    );

    expect(failure.message).toBe(
      'The API did not accept the transaction. colour is not a field this request accepts.',
    );
    expect(failure.fieldErrors).toEqual({});
  });

  it('copes with a 400 without a list of errors', () => {
    expect(describeTransactionFailure(response(400, 'Bad Request')).message).toBe(
      'The API did not accept the transaction.',
    );
  });

  it.each([
    { status: 0, outcomeUnknown: true, text: "The API can't be reached" },
    { status: 409, outcomeUnknown: true, text: 'still being processed' },
    { status: 500, outcomeUnknown: true, text: 'The API ran into a problem (HTTP 500)' },
    {
      status: 503,
      outcomeUnknown: true,
      text: 'The service is temporarily unavailable. Send the transaction again in a moment.',
    },
    { status: 401, outcomeUnknown: false, text: 'Your session has ended' },
    { status: 422, outcomeUnknown: false, text: 'already used for other details' },
    { status: 403, outcomeUnknown: false, text: 'The API refused the transaction (HTTP 403).' },
  ])('explains HTTP $status (outcome unknown: $outcomeUnknown)', ({ status, outcomeUnknown, text }) => {
    const failure = describeTransactionFailure(response(status));

    expect(failure.message).toContain(text);
    expect(failure.outcomeUnknown).toBe(outcomeUnknown);
  });

  it('treats an unreadable success as an unknown outcome', () => {
    expect(describeTransactionFailure(new TypeError('not a transaction')).outcomeUnknown).toBe(true);
  });
});
