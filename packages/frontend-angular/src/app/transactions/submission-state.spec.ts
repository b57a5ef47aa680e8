import { HttpErrorResponse, HttpResponse } from '@angular/common/http';

import { StepUpStop } from '../step-up/step-up-trip';
import { submissionStateOf } from './submission-state';
import { transactionListStateOf } from './transaction-list-state';

const TRANSACTION = {
  id: 'tx-1',
  amount: '25.00',
  currency: 'USD',
  payee: 'Corner Bakery',
  memo: null,
  createdAt: '2026-11-29T10:00:00.000Z',
};
const STOP: StepUpStop = {
  kind: 'stopped',
  reason: 'sign-in-failed',
  trip: { returnUrl: '/transactions', requirement: {}, startedAt: 0, status: 'failed' },
};

// The step-up's own states (redirect, sign-in window, stop) are actionStateOf's (step-up/action-state.spec.ts).
describe('submissionStateOf', () => {
  it('shows a created transaction', () => {
    const response = new HttpResponse({ status: 201, body: TRANSACTION });

    expect(submissionStateOf({ kind: 'done', response })).toEqual({
      status: 'created',
      transaction: TRANSACTION,
    });
  });

  it('shows a failure with its explanation', () => {
    const state = submissionStateOf({ kind: 'failed', error: new HttpErrorResponse({ status: 409 }) });

    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
    expect(state).toEqual({ status: 'failed', failure: expect.objectContaining({ outcomeUnknown: true }) });
  });

  it('treats a success it cannot read as a failure with an unknown outcome', () => {
    const state = submissionStateOf({
      kind: 'done',
      response: new HttpResponse({ status: 201, body: { id: 1 } }),
    });

    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
    expect(state).toEqual({ status: 'failed', failure: expect.objectContaining({ outcomeUnknown: true }) });
  });
});

describe('transactionListStateOf', () => {
  it.each([
    {
      description: 'the list',
      outcome: { kind: 'done' as const, response: new HttpResponse({ status: 200, body: [TRANSACTION] }) },
      expected: { status: 'loaded', transactions: [TRANSACTION] },
    },
    {
      description: 'an unreadable list',
      outcome: { kind: 'done' as const, response: new HttpResponse({ status: 200, body: {} }) },
      expected: {
        status: 'failed',
        message: 'The API answered with something other than a list of transactions.',
      },
    },
    {
      description: 'an unreachable API',
      outcome: { kind: 'failed' as const, error: new HttpErrorResponse({ status: 0 }) },
      expected: { status: 'failed', message: "Your transactions can't be loaded: the API can't be reached." },
    },
    {
      description: 'an ended session',
      outcome: { kind: 'failed' as const, error: new HttpErrorResponse({ status: 401 }) },
      expected: {
        status: 'failed',
        message: 'Your session has ended. Sign in again to see your transactions.',
      },
    },
    {
      description: 'a server error',
      outcome: { kind: 'failed' as const, error: new HttpErrorResponse({ status: 500 }) },
      expected: { status: 'failed', message: "Your transactions can't be loaded (HTTP 500)." },
    },
    {
      description: 'a redirect',
      outcome: { kind: 'redirecting' as const },
      expected: { status: 'stepping-up' },
    },
    {
      description: 'a sign-in window over the page',
      outcome: { kind: 'signing-in' as const },
      expected: { status: 'signing-in' },
    },
    { description: 'a stopped step-up', outcome: STOP, expected: { status: 'stopped', stop: STOP } },
  ])('shows $description', ({ outcome, expected }) => {
    expect(transactionListStateOf(outcome)).toEqual(expected);
  });
});
