/** A step-up redirect started from a page; remembered across the redirect to stop loops. */
export interface StepUpAttempt {
  /** The in-app URL that asked for the step-up and that the visitor returns to. */
  readonly url: string;
  /** When the redirect started, in milliseconds since the epoch. */
  readonly startedAt: number;
}

/**
 * How long an attempt counts. Long enough for a sign-in with an emailed code; short enough that a
 * visitor who abandoned the provider's page and comes back later is simply asked again.
 */
export const STEP_UP_ATTEMPT_TTL_MS = 10 * 60 * 1000;

/** What a challenge asks for: RFC 9470 `acr_values` (preference order) and `max_age`. */
export interface StepUpDemand {
  readonly acrValues: readonly string[];
  readonly maxAge?: number;
}

/** Why no redirect: this page already made the round trip and is still refused, or the challenge names no requirement. */
export type StepUpStopReason = 'already-attempted' | 'nothing-requested';

export type StepUpPlan =
  /** Redirect to the provider asking for `acrValues` (one value: okta-auth-js checks the returned `acr` against it exactly) and `maxAge`. */
  | { readonly kind: 'redirect'; readonly acrValues?: string; readonly maxAge?: number }
  | { readonly kind: 'stop'; readonly reason: StepUpStopReason };

/**
 * Decides what to do about a step-up challenge on `url`. The first challenge redirects; a second one
 * for the same page within {@link STEP_UP_ATTEMPT_TTL_MS} means the new sign-in did not satisfy the
 * API, and redirecting again would loop, so it stops.
 */
export function planStepUp(
  demand: StepUpDemand,
  url: string,
  lastAttempt: StepUpAttempt | null,
  now: number,
): StepUpPlan {
  const [acrValues] = demand.acrValues;
  const { maxAge } = demand;
  if (acrValues === undefined && maxAge === undefined) {
    return { kind: 'stop', reason: 'nothing-requested' };
  }
  if (lastAttempt !== null && lastAttempt.url === url && isRecent(lastAttempt, now)) {
    return { kind: 'stop', reason: 'already-attempted' };
  }
  return {
    kind: 'redirect',
    ...(acrValues === undefined ? {} : { acrValues }),
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}

function isRecent(attempt: StepUpAttempt, now: number): boolean {
  const age = now - attempt.startedAt;
  return age >= 0 && age < STEP_UP_ATTEMPT_TTL_MS;
}
