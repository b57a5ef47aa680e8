import { acrRequirement } from '../auth/assurance/acr-description';
import { StepUpDemand } from './step-up-plan';

/**
 * What a challenge asks of the visitor, completing "This page needs …": "a two-factor sign-in, such
 * as your password and an email code", "a sign-in within the last 5 minutes", or both.
 */
export function describeDemand(demand: StepUpDemand): string {
  const [acr] = demand.acrValues;
  const within = demand.maxAge === undefined ? '' : describeRecency(demand.maxAge);
  if (acr === undefined) {
    return within === '' ? 'a stronger sign-in' : `a sign-in ${within}`;
  }
  return within === '' ? acrRequirement(acr) : `${acrRequirement(acr)}, ${within}`;
}

function describeRecency(maxAge: number): string {
  return maxAge === 0 ? 'made just now' : `within the last ${describeDuration(maxAge)}`;
}

/** 45 → "45 seconds", 300 → "5 minutes", 3600 → "1 hour"; rounded down to the largest whole unit. */
export function describeDuration(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) {
    return count(seconds / 3600, 'hour');
  }
  if (seconds >= 60) {
    return count(Math.floor(seconds / 60), 'minute');
  }
  return count(seconds, 'second');
}

function count(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}
