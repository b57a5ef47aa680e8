import { HttpResponse } from '@angular/common/http';
import { Observable } from 'rxjs';

import { StepUpTrip } from './step-up-trip';

/**
 * Why a step-up ended without the request going through, and without another redirect:
 * - `nothing-requested`: the challenge named no `acr` and no `max_age`, so there is nothing to ask for;
 * - `redirect-failed`: the redirect to the provider could not start (provider unreachable, storage refused);
 * - `not-completed`: the visitor came back without finishing the sign-in;
 * - `sign-in-failed`: the provider answered with an error (cancelled, level unavailable, …);
 * - `not-satisfied`: the new sign-in still falls short of what was asked for;
 * - `still-refused`: the API challenged the replayed request again;
 * - `expired`: the action waited longer than a trip may last, so it is not sent on the visitor's behalf.
 */
export type StepUpStopReason =
  | 'nothing-requested'
  | 'redirect-failed'
  | 'not-completed'
  | 'sign-in-failed'
  | 'not-satisfied'
  | 'still-refused'
  | 'expired';

/** A step-up that stopped: the page explains it and may offer one more round trip. */
export interface StepUpStop {
  readonly kind: 'stopped';
  readonly reason: StepUpStopReason;
  /** What was needed, for which action, and the provider's error code. */
  readonly trip: StepUpTrip;
}

/** What became of an API call made through the step-up service. */
export type ActionOutcome<T> =
  /** A 2xx answer, possibly to the request replayed after a step-up. */
  | { readonly kind: 'done'; readonly response: HttpResponse<T> }
  /** Any failure that is not about step-up (400, 409, 5xx, network…), for the page to present. */
  | { readonly kind: 'failed'; readonly error: unknown }
  /** On the way to the provider; the page comes back by itself. */
  | { readonly kind: 'redirecting' }
  | StepUpStop;

/** What a page registers with an API call, so that it can be brought back after the redirect. */
export interface ActionContext {
  /** Which of the page's actions this is; `resume` hands the action back only to the same name. */
  readonly name: string;
  /** Completes "To …, the app needs …", e.g. "create this transaction". */
  readonly purpose: string;
  /** The page to come back to; defaults to the current URL. */
  readonly returnUrl?: string;
  /** The form as the visitor filled it in (JSON), handed back by `resume`. */
  readonly formState?: unknown;
}

/** An action that was waiting for a step-up, handed back once to the page that registered it. */
export interface ResumedAction<T> {
  readonly formState: unknown;
  /** Replays the request (or explains why not) when subscribed. */
  readonly outcome: Observable<ActionOutcome<T>>;
}
