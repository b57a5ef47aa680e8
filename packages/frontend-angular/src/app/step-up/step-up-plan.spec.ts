import { planStepUp, STEP_UP_ATTEMPT_TTL_MS, StepUpAttempt } from './step-up-plan';

const NOW = 1_764_410_400_000;
const TWO_FACTOR = 'urn:okta:loa:2fa:any';

function attempt(url: string, ageMs: number): StepUpAttempt {
  return { url, startedAt: NOW - ageMs };
}

describe('planStepUp', () => {
  it.each([
    {
      description: 'redirects for the first acr value, the most preferred one',
      demand: { acrValues: [TWO_FACTOR, 'phr'] },
      lastAttempt: null,
      expected: { kind: 'redirect', acrValues: TWO_FACTOR },
    },
    {
      description: 'passes max_age along with the acr value',
      demand: { acrValues: [TWO_FACTOR], maxAge: 300 },
      lastAttempt: null,
      expected: { kind: 'redirect', acrValues: TWO_FACTOR, maxAge: 300 },
    },
    {
      description: 'redirects for recency alone when the challenge names no acr',
      demand: { acrValues: [], maxAge: 0 },
      lastAttempt: null,
      expected: { kind: 'redirect', maxAge: 0 },
    },
    {
      description: 'stops when the challenge asks for nothing it can request',
      demand: { acrValues: [] },
      lastAttempt: null,
      expected: { kind: 'stop', reason: 'nothing-requested' },
    },
    {
      description: 'stops when this page already came back from a step-up and is still refused',
      demand: { acrValues: [TWO_FACTOR] },
      lastAttempt: attempt('/messages', 20_000),
      expected: { kind: 'stop', reason: 'already-attempted' },
    },
    {
      description: 'redirects when the remembered attempt belongs to another page',
      demand: { acrValues: [TWO_FACTOR] },
      lastAttempt: attempt('/transactions', 20_000),
      expected: { kind: 'redirect', acrValues: TWO_FACTOR },
    },
    {
      description: 'redirects again once the remembered attempt has expired',
      demand: { acrValues: [TWO_FACTOR] },
      lastAttempt: attempt('/messages', STEP_UP_ATTEMPT_TTL_MS),
      expected: { kind: 'redirect', acrValues: TWO_FACTOR },
    },
    {
      description: 'ignores an attempt dated in the future',
      demand: { acrValues: [TWO_FACTOR] },
      lastAttempt: attempt('/messages', -60_000),
      expected: { kind: 'redirect', acrValues: TWO_FACTOR },
    },
  ])('$description', ({ demand, lastAttempt, expected }) => {
    expect(planStepUp(demand, '/messages', lastAttempt, NOW)).toEqual(expected);
  });
});
