import { HttpResponse } from '@angular/common/http';
import { Observable } from 'rxjs';
import { StepUpRequirement } from 'step-up';

/** The HTTP methods a pending action may repeat. */
export const REPLAYABLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type ReplayableMethod = (typeof REPLAYABLE_METHODS)[number];

/** An API request as it can be sent again after the redirect: JSON body, same `Idempotency-Key`. */
export interface ApiRequest {
  readonly method: ReplayableMethod;
  /** A same-origin `/api/` URL. */
  readonly url: string;
  /** The JSON body, if any. */
  readonly body?: unknown;
  /** Names one intended operation; the replay sends the same key, so the API performs it at most once. */
  readonly idempotencyKey?: string;
}

/** What the visitor was doing when an API call asked for step-up: the request and the page's form. */
export interface PendingAction {
  /** Which of its actions the page registered, e.g. `create-transaction`. */
  readonly name: string;
  /** Completes "To …, the app needs …", e.g. "create this transaction". */
  readonly purpose: string;
  readonly request: ApiRequest;
  /** Whatever the page needs to show its form again as the visitor left it (JSON). */
  readonly formState?: unknown;
}

/**
 * Where a step-up round trip stands (the store's state machine; no record at all is `idle`):
 * - `outbound`: the browser left for the provider;
 * - `returned`: the callback stored new tokens and is back on the trip's page;
 * - `failed`: the provider answered with an error (`failure` holds its code);
 * - `stopped`: a route's trip came back still short; the visitor is told, not redirected again.
 */
export type StepUpTripStatus = 'outbound' | 'returned' | 'failed' | 'stopped';

/** One step-up redirect, remembered in sessionStorage across the round trip to the provider. */
export interface StepUpTrip {
  /** The in-app path to come back to. */
  readonly returnUrl: string;
  /** What was needed: the acceptable `acr` values in preference order and `max_age`. */
  readonly requirement: StepUpRequirement;
  /** The ID token's `sub` when the trip started: only that account's action is replayed. */
  readonly sub?: string;
  /** When the redirect started, in milliseconds since the epoch. */
  readonly startedAt: number;
  readonly status: StepUpTripStatus;
  /** The provider's `error` code when `failed`. */
  readonly failure?: string;
  /** Present when an API call, not a route, asked for the step-up. */
  readonly action?: PendingAction;
}

/** A trip about to leave (or to open a sign-in window): everything but where it stands. */
export type OutboundTrip = Omit<StepUpTrip, 'status' | 'failure'>;

/** The trip without what the visitor typed: the request's method and URL stay, for the wording. */
export function withoutDraft(trip: StepUpTrip): StepUpTrip {
  if (trip.action === undefined) {
    return trip;
  }
  const { name, purpose, request } = trip.action;
  return { ...trip, action: { name, purpose, request: { method: request.method, url: request.url } } };
}

/** `trip` with the account it belongs to: the one it names, or `signedIn` (the ID token's `sub` now). */
export function withSub(trip: OutboundTrip, signedIn: unknown): OutboundTrip {
  const sub = trip.sub ?? (typeof signedIn === 'string' ? signedIn : undefined);
  return { ...trip, ...(sub === undefined ? {} : { sub }) };
}

/**
 * Why a step-up ended without the request going through, and without another redirect:
 * - `nothing-requested`: the challenge named no `acr` and no `max_age`, so there is nothing to ask for;
 * - `redirect-failed`: the redirect to the provider could not start (provider unreachable, storage refused);
 * - `window-closed`: the sign-in window closed before a new sign-in arrived (popup mode);
 * - `not-completed`: the visitor came back without finishing the sign-in;
 * - `sign-in-failed`: the provider answered with an error (cancelled, level unavailable, …);
 * - `account-changed`: the sign-in came back as another account, so the first one's action is dropped;
 * - `not-satisfied`: the new sign-in still falls short of what was asked for;
 * - `still-refused`: the API challenged the replayed request again;
 * - `expired`: the action waited longer than a trip may last, so it is not sent on the visitor's behalf.
 */
export type StepUpStopReason =
  | 'nothing-requested'
  | 'redirect-failed'
  | 'window-closed'
  | 'not-completed'
  | 'sign-in-failed'
  | 'account-changed'
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

export function stepUpStop(reason: StepUpStopReason, trip: StepUpTrip): StepUpStop {
  return { kind: 'stopped', reason, trip };
}

/**
 * Whether a page must clear what the visitor typed: the sign-in came back as another account, and what one
 * account entered is not left on the page for another (a redirect drops it with the trip; the popup mode keeps
 * the page, so the page clears it).
 */
export function dropsInput(stop: Pick<StepUpStop, 'reason'>): boolean {
  return stop.reason === 'account-changed';
}

/** What became of an API call made through the step-up service. */
export type ActionOutcome<T> =
  /** A 2xx answer, possibly to the request replayed after a step-up. */
  | { readonly kind: 'done'; readonly response: HttpResponse<T> }
  /** Any failure that is not about step-up (400, 409, 5xx, network…), for the page to present. */
  | { readonly kind: 'failed'; readonly error: unknown }
  /** On the way to the provider; the page comes back by itself. */
  | { readonly kind: 'redirecting' }
  /** The provider's page is open in a sign-in window over this page (popup mode); the outcome follows. */
  | { readonly kind: 'signing-in' }
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
  /** The form as the visitor left it; `undefined` when it must not be shown again (another account). */
  readonly formState: unknown;
  /** Replays the request (or explains why not) when subscribed. */
  readonly outcome: Observable<ActionOutcome<T>>;
}
