// The words of a stopped step-up, shown only by the notice (a lazy page's), so they load with it.
import { callbackFailure } from '../../auth/callback/callback-failure';
import { StepUpStop, StepUpStopReason } from '../step-up-trip';
import { describeNeed } from '../step-up-wording';

/** What a page shows about a stopped step-up. */
export interface StepUpStopDescription {
  readonly title: string;
  readonly message: string;
  /** What was needed, e.g. "To create this transaction, the app needs a two-factor sign-in, …". */
  readonly needed: string;
  /** Whether one more round trip to the provider can help. */
  readonly canRetry: boolean;
}

type Wording = Omit<StepUpStopDescription, 'needed'>;

const WORDING: Readonly<Record<Exclude<StepUpStopReason, 'sign-in-failed'>, Wording>> = {
  'nothing-requested': {
    title: "The app can't ask for this sign-in",
    message: "The API asked for a stronger sign-in without saying which kind, so the app can't request it.",
    canRetry: false,
  },
  'redirect-failed': {
    title: 'Sign-in is unavailable',
    message:
      "The app couldn't start the stronger sign-in. The identity provider may be unreachable; try again in a moment.",
    canRetry: true,
  },
  'window-closed': {
    title: 'The sign-in window closed',
    message:
      'The sign-in window closed before a new sign-in reached the app, so nothing was sent. Your details are still here.',
    canRetry: true,
  },
  'not-completed': {
    title: "The stronger sign-in wasn't finished",
    message: 'You came back before finishing the sign-in, so the app did not go ahead.',
    canRetry: true,
  },
  'account-changed': {
    title: 'The sign-in changed account',
    message:
      'You came back signed in as another account, so the app sent nothing on its behalf and discarded what the first account had entered.',
    canRetry: false,
  },
  'not-satisfied': {
    title: 'Your new sign-in still falls short',
    message:
      'The identity provider signed you in, but not as strongly or as recently as this needs, so the app did not go ahead.',
    canRetry: true,
  },
  'still-refused': {
    title: 'A stronger sign-in is still needed',
    message:
      "You signed in again, but the API still didn't accept it, so the app stopped here instead of sending you round in circles.",
    canRetry: true,
  },
  expired: {
    title: 'This waited too long',
    message:
      'More than 10 minutes passed since you started, so the app did not go ahead on your behalf. Check the details and try again.',
    canRetry: false,
  },
};

export function describeStepUpStop({
  reason,
  trip,
}: Pick<StepUpStop, 'reason' | 'trip'>): StepUpStopDescription {
  const wording =
    reason === 'sign-in-failed' ? callbackFailure(trip.failure ?? 'unknown', true) : WORDING[reason];
  return {
    title: wording.title,
    message: wording.message,
    needed: describeNeed(trip),
    canRetry: wording.canRetry,
  };
}
