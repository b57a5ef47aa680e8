import { StepUpStopReason, StepUpTrip } from '../step-up-trip';
import { describeStepUpStop } from './step-up-stop-wording';

const TRANSACTION_TRIP: StepUpTrip = {
  returnUrl: '/transactions',
  requirement: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
  startedAt: 0,
  status: 'returned',
  action: {
    name: 'create-transaction',
    purpose: 'create this transaction',
    request: { method: 'POST', url: '/api/transactions' },
  },
};

describe('describeStepUpStop', () => {
  it.each<{ reason: StepUpStopReason; failure?: string; title: string; canRetry: boolean }>([
    { reason: 'nothing-requested', title: "The app can't ask for this sign-in", canRetry: false },
    { reason: 'redirect-failed', title: 'Sign-in is unavailable', canRetry: true },
    { reason: 'window-closed', title: 'The sign-in window closed', canRetry: true },
    { reason: 'not-completed', title: "The stronger sign-in wasn't finished", canRetry: true },
    { reason: 'not-satisfied', title: 'Your new sign-in still falls short', canRetry: true },
    { reason: 'still-refused', title: 'A stronger sign-in is still needed', canRetry: true },
    { reason: 'account-changed', title: 'The sign-in changed account', canRetry: false },
    { reason: 'expired', title: 'This waited too long', canRetry: false },
    { reason: 'sign-in-failed', failure: 'access_denied', title: 'Sign-in was cancelled', canRetry: true },
    {
      reason: 'sign-in-failed',
      failure: 'unmet_authentication_requirements',
      title: 'A passkey is needed',
      canRetry: false,
    },
    { reason: 'sign-in-failed', title: "Sign-in didn't complete", canRetry: true },
  ])('explains $reason $failure as "$title"', ({ reason, failure, title, canRetry }) => {
    const trip = failure === undefined ? TRANSACTION_TRIP : { ...TRANSACTION_TRIP, failure };

    const description = describeStepUpStop({ reason, trip });

    expect(description).toEqual(expect.objectContaining({ title, canRetry }));
    expect(description.message).not.toBe('');
    expect(description.needed).toBe(
      'To create this transaction, the app needs a two-factor sign-in, such as your password and an email code, within the last 5 minutes.',
    );
  });
});
