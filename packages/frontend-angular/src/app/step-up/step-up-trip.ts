import { StepUpDemand } from './step-up-plan';

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
 * Where a step-up round trip stands:
 * - `outbound`: the browser left for the provider;
 * - `returned`: the callback stored new tokens;
 * - `failed`: the provider answered with an error (`failure` holds its code);
 * - `stopped`: back with new tokens that still fall short; the visitor is told, not redirected again.
 */
export type StepUpTripStatus = 'outbound' | 'returned' | 'failed' | 'stopped';

/** One step-up redirect, remembered in sessionStorage across the round trip to the provider. */
export interface StepUpTrip {
  /** The in-app path to come back to. */
  readonly returnUrl: string;
  /** What was needed: the acceptable `acr` values in preference order and `max_age`. */
  readonly demand: StepUpDemand;
  /** When the redirect started, in milliseconds since the epoch. */
  readonly startedAt: number;
  readonly status: StepUpTripStatus;
  /** The provider's `error` code when `failed`. */
  readonly failure?: string;
  /** Present when an API call, not a route, asked for the step-up. */
  readonly action?: PendingAction;
}

/**
 * How long a trip counts. Long enough for a sign-in with an emailed code; short enough that a
 * request is never sent on the visitor's behalf long after they gave up on the provider's page.
 */
export const STEP_UP_TRIP_TTL_MS = 10 * 60 * 1000;

/** Whether `trip` started less than {@link STEP_UP_TRIP_TTL_MS} ago (and not in the future). */
export function isTripCurrent(trip: StepUpTrip, now: number): boolean {
  const age = now - trip.startedAt;
  return age >= 0 && age < STEP_UP_TRIP_TTL_MS;
}
