import { inject, Injectable, InjectionToken } from '@angular/core';
import { StepUpRequirement } from 'step-up';

import { isTripCurrent } from './step-up-decisions';
import { ApiRequest, PendingAction, REPLAYABLE_METHODS, StepUpTrip, StepUpTripStatus } from './step-up-trip';

/**
 * Where the trip lives: sessionStorage, so it survives the redirect to the provider and back but
 * stays with the tab, like the tokens, and is gone when the tab closes.
 */
export const STEP_UP_STORAGE = new InjectionToken<Storage>('STEP_UP_STORAGE');

export const STEP_UP_TRIP_KEY = 'step-up.trip';

/**
 * The one step-up round trip of this tab, and its only writer. Each change is a named transition:
 *
 * ```
 * idle ─depart→ outbound ─arrive→ returned ─takeAction→ idle (the page replays, or explains why not)
 *                  │ │                    └─takeRouteReturn→ idle, or ─stopRoute→ stopped (explained)
 *                  │ └─fail→ failed ─takeAction→ idle (the page explains)
 *                  └─abandon→ idle (the redirect never started)
 * any ─reset→ idle (a plain sign-in or a sign-out)
 * ```
 *
 * An action is handed to its page once: `takeAction` removes it from storage, so a reload or the
 * Back button never sends it again.
 */
@Injectable()
export class StepUpStore {
  private readonly storage = inject(STEP_UP_STORAGE);

  /** The remembered trip; anything unreadable counts as none. */
  current(): StepUpTrip | null {
    try {
      return parseStepUpTrip(JSON.parse(this.storage.getItem(STEP_UP_TRIP_KEY) ?? 'null'));
    } catch {
      return null;
    }
  }

  /**
   * idle (or any) → outbound, just before the browser leaves. Throws when storage refuses the write
   * (full, disabled): without the record the app could neither replay the action nor recognise a
   * loop, so the redirect must not start.
   */
  depart(trip: Omit<StepUpTrip, 'status' | 'failure'>): void {
    const { returnUrl, requirement, sub, startedAt, action } = trip;
    this.write({
      returnUrl,
      requirement,
      ...(sub === undefined ? {} : { sub }),
      startedAt,
      status: 'outbound',
      ...(action === undefined ? {} : { action }),
    });
  }

  /** outbound → idle: the redirect could not start, so there is nothing to come back to. */
  abandon(): void {
    if (this.current()?.status === 'outbound') {
      this.reset();
    }
  }

  /**
   * outbound → returned: the callback stored new tokens and is taking the visitor to `returnUrl`.
   * A trip for another page is left alone (that sign-in was not its step-up).
   */
  arrive(returnUrl: string): void {
    const trip = this.current();
    if (trip?.status === 'outbound' && trip.returnUrl === returnUrl) {
      this.write({ ...trip, status: 'returned' });
    }
  }

  /**
   * outbound → failed: the provider answered the trip with `error`. Returns the failed trip, or
   * `null` when no current trip was on its way out (the sign-in was not a step-up).
   */
  fail(error: string, nowMs: number): StepUpTrip | null {
    const trip = this.current();
    if (trip?.status !== 'outbound' || !isTripCurrent(trip, nowMs)) {
      return null;
    }
    const failed: StepUpTrip = { ...trip, status: 'failed', failure: error };
    this.write(failed);
    return failed;
  }

  /**
   * Hands the action `name` of the page `returnUrl` back to it, once: the trip leaves storage
   * (→ idle) whatever its status, and the page replays the action or explains why not.
   */
  takeAction(returnUrl: string, name: string): StepUpTrip | null {
    const trip = this.current();
    if (trip?.action?.name !== name || trip.returnUrl !== returnUrl) {
      return null;
    }
    this.reset();
    return trip;
  }

  /**
   * returned → idle for a route's own trip (no action) that has come back to `returnUrl`: the
   * guard judges that navigation as the return from its step-up. Any other trip is left alone.
   */
  takeRouteReturn(returnUrl: string, nowMs: number): StepUpTrip | null {
    const trip = this.current();
    if (
      trip?.status !== 'returned' ||
      trip.action !== undefined ||
      trip.returnUrl !== returnUrl ||
      !isTripCurrent(trip, nowMs)
    ) {
      return null;
    }
    this.reset();
    return trip;
  }

  /** returned → stopped: a route's step-up came back still short; the page that explains it reads it. */
  stopRoute(trip: StepUpTrip): void {
    this.write({ ...trip, status: 'stopped' });
  }

  /** The route trip that stopped, for the page that explains it; `null` when there is none. */
  stoppedRoute(): StepUpTrip | null {
    const trip = this.current();
    return trip?.status === 'stopped' && trip.action === undefined ? trip : null;
  }

  /** any → idle. */
  reset(): void {
    this.storage.removeItem(STEP_UP_TRIP_KEY);
  }

  private write(trip: StepUpTrip): void {
    this.storage.setItem(STEP_UP_TRIP_KEY, JSON.stringify(trip));
  }
}

const STATUSES: readonly StepUpTripStatus[] = ['outbound', 'returned', 'failed', 'stopped'];

type Fields = Record<string, unknown>;

/**
 * Reads a trip back from storage. Storage is outside the app's control (another version of the app,
 * a browser extension, a person with developer tools), so anything that is not exactly a trip, down
 * to the type of every member, reads as no trip at all.
 */
export function parseStepUpTrip(value: unknown): StepUpTrip | null {
  if (!isObject(value)) {
    return null;
  }
  const { returnUrl, requirement, sub, startedAt, status, failure, action } = value;
  const parsedRequirement = parseRequirement(requirement);
  const parsedAction = action === undefined ? undefined : parseAction(action);
  if (
    typeof returnUrl !== 'string' ||
    parsedRequirement === null ||
    (sub !== undefined && typeof sub !== 'string') ||
    typeof startedAt !== 'number' ||
    !Number.isFinite(startedAt) ||
    !STATUSES.includes(status as StepUpTripStatus) ||
    (failure !== undefined && typeof failure !== 'string') ||
    parsedAction === null
  ) {
    return null;
  }
  return {
    returnUrl,
    requirement: parsedRequirement,
    ...(sub === undefined ? {} : { sub }),
    startedAt,
    status: status as StepUpTripStatus,
    ...(failure === undefined ? {} : { failure }),
    ...(parsedAction === undefined ? {} : { action: parsedAction }),
  };
}

function parseRequirement(value: unknown): StepUpRequirement | null {
  if (!isObject(value)) {
    return null;
  }
  const { acrValues, maxAge } = value;
  if (
    acrValues !== undefined &&
    !(Array.isArray(acrValues) && acrValues.every((acr) => typeof acr === 'string'))
  ) {
    return null;
  }
  if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && (maxAge as number) >= 0)) {
    return null;
  }
  return {
    ...(acrValues === undefined ? {} : { acrValues: [...acrValues] }),
    ...(maxAge === undefined ? {} : { maxAge: maxAge as number }),
  };
}

function parseAction(value: unknown): PendingAction | null {
  if (!isObject(value)) {
    return null;
  }
  const { name, purpose, request, formState } = value;
  const parsedRequest = parseRequest(request);
  if (typeof name !== 'string' || typeof purpose !== 'string' || parsedRequest === null) {
    return null;
  }
  return { name, purpose, request: parsedRequest, ...('formState' in value ? { formState } : {}) };
}

function parseRequest(value: unknown): ApiRequest | null {
  if (!isObject(value)) {
    return null;
  }
  const { method, url, body, idempotencyKey } = value;
  const replayable = REPLAYABLE_METHODS.find((candidate) => candidate === method);
  if (
    replayable === undefined ||
    typeof url !== 'string' ||
    (idempotencyKey !== undefined && typeof idempotencyKey !== 'string')
  ) {
    return null;
  }
  return {
    method: replayable,
    url,
    ...('body' in value ? { body } : {}),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  };
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
