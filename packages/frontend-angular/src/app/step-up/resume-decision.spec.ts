import { decideResume } from './resume-decision';
import { STEP_UP_TRIP_TTL_MS, StepUpTrip } from './step-up-trip';

const NOW_MS = 1_764_410_400_000;
const NOW = NOW_MS / 1000;
const TWO_FACTOR = 'urn:okta:loa:2fa:any';

function trip(changes: Partial<StepUpTrip> = {}): StepUpTrip {
  return {
    returnUrl: '/transactions',
    demand: { acrValues: [TWO_FACTOR], maxAge: 300 },
    startedAt: NOW_MS - 60_000,
    status: 'returned',
    ...changes,
  };
}

describe('decideResume', () => {
  it.each([
    {
      description: 'replays after a returned trip whose new token meets the demand',
      trip: trip(),
      claims: { acr: TWO_FACTOR, auth_time: NOW - 20 },
      expected: { kind: 'replay' },
    },
    {
      description: 'replays when a stronger level than asked for came back',
      trip: trip(),
      claims: { acr: 'phr', auth_time: NOW - 20 },
      expected: { kind: 'replay' },
    },
    {
      description: 'stops when the new token is still one factor',
      trip: trip(),
      claims: { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW - 20 },
      expected: { kind: 'stop', reason: 'not-satisfied' },
    },
    {
      description: 'stops when the new token is too old for max_age',
      trip: trip(),
      claims: { acr: TWO_FACTOR, auth_time: NOW - 301 },
      expected: { kind: 'stop', reason: 'not-satisfied' },
    },
    {
      description: 'stops when nobody is signed in any more',
      trip: trip(),
      claims: null,
      expected: { kind: 'stop', reason: 'not-satisfied' },
    },
    {
      description: 'stops when the visitor came back without finishing the sign-in',
      trip: trip({ status: 'outbound' }),
      claims: { acr: TWO_FACTOR, auth_time: NOW - 20 },
      expected: { kind: 'stop', reason: 'not-completed' },
    },
    {
      description: 'stops when the provider answered with an error',
      trip: trip({ status: 'failed', failure: 'access_denied' }),
      claims: { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW - 20 },
      expected: { kind: 'stop', reason: 'sign-in-failed' },
    },
    {
      description: 'stops when the trip was already stopped',
      trip: trip({ status: 'stopped' }),
      claims: { acr: TWO_FACTOR, auth_time: NOW - 20 },
      expected: { kind: 'stop', reason: 'not-satisfied' },
    },
    {
      description: 'does not send an action that waited longer than a trip may last',
      trip: trip({ startedAt: NOW_MS - STEP_UP_TRIP_TTL_MS }),
      claims: { acr: TWO_FACTOR, auth_time: NOW - 20 },
      expected: { kind: 'stop', reason: 'expired' },
    },
    {
      description: 'does not trust a trip dated in the future',
      trip: trip({ startedAt: NOW_MS + 60_000 }),
      claims: { acr: TWO_FACTOR, auth_time: NOW - 20 },
      expected: { kind: 'stop', reason: 'expired' },
    },
  ])('$description', ({ trip, claims, expected }) => {
    expect(decideResume(trip, claims, NOW_MS)).toEqual(expected);
  });
});
