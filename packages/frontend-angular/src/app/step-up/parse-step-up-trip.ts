import { StepUpDemand } from './step-up-plan';
import { ApiRequest, PendingAction, REPLAYABLE_METHODS, StepUpTrip, StepUpTripStatus } from './step-up-trip';

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
  const { returnUrl, demand, startedAt, status, failure, action } = value;
  const parsedDemand = parseDemand(demand);
  const parsedAction = action === undefined ? undefined : parseAction(action);
  if (
    typeof returnUrl !== 'string' ||
    parsedDemand === null ||
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
    demand: parsedDemand,
    startedAt,
    status: status as StepUpTripStatus,
    ...(failure === undefined ? {} : { failure }),
    ...(parsedAction === undefined ? {} : { action: parsedAction }),
  };
}

function parseDemand(value: unknown): StepUpDemand | null {
  if (!isObject(value)) {
    return null;
  }
  const { acrValues, maxAge } = value;
  if (!Array.isArray(acrValues) || !acrValues.every((acr) => typeof acr === 'string')) {
    return null;
  }
  if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && (maxAge as number) >= 0)) {
    return null;
  }
  return {
    acrValues: [...acrValues],
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
