import { parseAcrValues } from './acr-ladder.js';
import type { StepUpRequirement } from './assessment.js';
import { parseWwwAuthenticate } from './challenge-parse.js';

/**
 * What a Bearer `insufficient_user_authentication` challenge (RFC 9470 §3) asks for: a requirement
 * (`maxAge` when the challenge carries a valid one) that always lists its `acr` values, in order of
 * preference and empty when the challenge names none, with the server's `error_description`.
 */
export interface StepUpChallenge extends StepUpRequirement {
  acrValues: string[];
  description?: string;
}

/**
 * Finds the first Bearer challenge with `error="insufficient_user_authentication"` (RFC 9470 §3) and
 * reads its `acr_values`, `max_age` (only when it is a non-negative integer written in digits) and
 * `error_description`. Returns `null` when there is none.
 */
export function findStepUpChallenge(header: string | null | undefined): StepUpChallenge | null {
  if (typeof header !== 'string' || header === '') {
    return null;
  }
  const challenge = parseWwwAuthenticate(header).find(
    ({ scheme, params }) => scheme === 'bearer' && params['error'] === 'insufficient_user_authentication',
  );
  if (challenge === undefined) {
    return null;
  }
  const { acr_values: acrValues, max_age: maxAge, error_description: description } = challenge.params;
  const stepUp: StepUpChallenge = { acrValues: parseAcrValues(acrValues) };
  const seconds = maxAge === undefined ? undefined : parseSeconds(maxAge);
  if (seconds !== undefined) {
    stepUp.maxAge = seconds;
  }
  if (description !== undefined) {
    stepUp.description = description;
  }
  return stepUp;
}

function parseSeconds(value: string): number | undefined {
  if (!/^[0-9]+$/.test(value)) {
    return undefined;
  }
  const seconds = Number(value);
  return Number.isSafeInteger(seconds) ? seconds : undefined;
}
