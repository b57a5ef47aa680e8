import { HttpResponse } from '@angular/common/http';

import { actionStateOf, ActionResult } from './action-state';
import { StepUpStop } from './step-up-trip';

type PageState = { status: 'shown'; body: unknown } | { status: 'failed'; error: unknown };

const STOP: StepUpStop = {
  kind: 'stopped',
  reason: 'sign-in-failed',
  trip: { returnUrl: '/transactions', requirement: {}, startedAt: 0, status: 'failed' },
};
const UNREADABLE = new Error('not what the page asked for');
const page: ActionResult<PageState> = {
  done: (body) => {
    if (body === 'unreadable') {
      throw UNREADABLE;
    }
    return { status: 'shown', body };
  },
  failed: (error) => ({ status: 'failed', error }),
};

describe('actionStateOf', () => {
  it.each([
    {
      description: "the page's reading of an accepted body",
      outcome: { kind: 'done' as const, response: new HttpResponse({ status: 201, body: 'tx-1' }) },
      expected: { status: 'shown', body: 'tx-1' },
    },
    {
      description: 'a failure when the page cannot read the accepted body',
      outcome: { kind: 'done' as const, response: new HttpResponse({ status: 201, body: 'unreadable' }) },
      expected: { status: 'failed', error: UNREADABLE },
    },
    {
      description: "the page's words for a failure",
      outcome: { kind: 'failed' as const, error: 'offline' },
      expected: { status: 'failed', error: 'offline' },
    },
    {
      description: 'the way to the provider for a redirect',
      outcome: { kind: 'redirecting' as const },
      expected: { status: 'stepping-up' },
    },
    {
      description: 'the sign-in window over the page',
      outcome: { kind: 'signing-in' as const },
      expected: { status: 'signing-in' },
    },
    { description: 'a stopped step-up', outcome: STOP, expected: { status: 'stopped', stop: STOP } },
  ])('shows $description', ({ outcome, expected }) => {
    expect(actionStateOf(outcome, page)).toEqual(expected);
  });
});
