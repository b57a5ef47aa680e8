import { assessAuthentication, AuthenticationClaims } from 'step-up';

import { StepUpStopReason } from './action-outcome';
import { isTripCurrent, StepUpTrip } from './step-up-trip';

export type ResumeDecision =
  { readonly kind: 'replay' } | { readonly kind: 'stop'; readonly reason: StepUpStopReason };

/**
 * Whether the action a trip kept may be sent again: only when the trip came back through a successful
 * callback, recently, and the new ID token (`claims`) meets what was asked for. Judging the token first
 * means a sign-in that fell short is explained, rather than answered by the API with the same
 * challenge.
 */
export function decideResume(
  trip: StepUpTrip,
  claims: AuthenticationClaims | null,
  nowMs: number,
): ResumeDecision {
  if (!isTripCurrent(trip, nowMs)) {
    return { kind: 'stop', reason: 'expired' };
  }
  switch (trip.status) {
    case 'outbound':
      return { kind: 'stop', reason: 'not-completed' };
    case 'failed':
      return { kind: 'stop', reason: 'sign-in-failed' };
    case 'stopped':
      return { kind: 'stop', reason: 'not-satisfied' };
    case 'returned': {
      const shortfall =
        claims === null ? trip.demand : assessAuthentication(claims, trip.demand, Math.floor(nowMs / 1000));
      return shortfall === null ? { kind: 'replay' } : { kind: 'stop', reason: 'not-satisfied' };
    }
  }
}
