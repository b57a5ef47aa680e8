// A step-up's need in words ("a two-factor sign-in, within the last 5 minutes"), wherever the app states one.
import { StepUpRequirement } from 'step-up';

import { acrRequirement } from '../auth/assurance/acr-description';
import { StepUpTrip } from './step-up-trip';

/** "To create this transaction, the app needs a two-factor sign-in, …, within the last 5 minutes." */
export function describeNeed(trip: Pick<StepUpTrip, 'returnUrl' | 'requirement' | 'action'>): string {
  const purpose = trip.action?.purpose ?? `open the page ${trip.returnUrl}`;
  return `To ${purpose}, the app needs ${describeRequirement(trip.requirement)}.`;
}

/**
 * What a requirement asks of the visitor, completing "This page needs …": "a two-factor sign-in,
 * such as your password and an email code", "a sign-in within the last 5 minutes", or both.
 */
export function describeRequirement(requirement: StepUpRequirement): string {
  const acr = requirement.acrValues?.[0];
  const within = requirement.maxAge === undefined ? '' : describeRecency(requirement.maxAge);
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
