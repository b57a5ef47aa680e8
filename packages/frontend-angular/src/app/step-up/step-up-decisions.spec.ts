import { StepUpRequirement } from 'step-up';

import {
  decideResume,
  decideRouteAccess,
  isTripCurrent,
  planStepUp,
  SignInClaims,
  STEP_UP_TRIP_TTL_MS,
} from './step-up-decisions';
import { StepUpTrip } from './step-up-trip';

const NOW_MS = 1_764_410_400_000;
const NOW = NOW_MS / 1000;
const ONE_FACTOR = 'urn:okta:loa:1fa:pwd';
const TWO_FACTOR = 'urn:okta:loa:2fa:any';
const ALICE = '00u-alice';
const TWO_FACTOR_ROUTE: StepUpRequirement = { acrValues: [TWO_FACTOR] };
const RECENT_ROUTE: StepUpRequirement = { maxAge: 30 };
const BOTH_ROUTE: StepUpRequirement = { acrValues: [TWO_FACTOR], maxAge: 300 };

/** A sign-in of `acr`, `age` seconds ago (`null`: no `auth_time`), as Alice unless said otherwise. */
const signIn = (acr: string | undefined, age: number | null, sub: string = ALICE): SignInClaims => ({
  acr,
  auth_time: age === null ? undefined : NOW - age,
  sub,
});

/** A trip for a transaction, back through a successful callback a minute after it left. */
const trip = (changes: Partial<StepUpTrip> = {}): StepUpTrip => ({
  returnUrl: '/transactions',
  requirement: BOTH_ROUTE,
  sub: ALICE,
  startedAt: NOW_MS - 60_000,
  status: 'returned',
  ...changes,
});

const route = (claims: SignInClaims | null, requirement: StepUpRequirement, cameBack = false) =>
  decideRouteAccess(claims, requirement, cameBack, NOW).kind;
const resume = (changes: Partial<StepUpTrip>, claims: SignInClaims | null) =>
  decideResume(trip(changes), claims, NOW_MS);
const stop = (reason: string, discardDraft = false) => ({ kind: 'stop', reason, discardDraft });
const replay = { kind: 'replay' };

/** Every step-up decision of the SPA: which navigation goes on, what to ask for, what is replayed. */
describe('step-up decisions', () => {
  it.each<{ description: string; decision: () => unknown; expected: unknown }>([
    // Route access: acr on the ladder
    {
      description: 'a two-factor sign-in opens a two-factor route',
      decision: () => route(signIn(TWO_FACTOR, 3600), TWO_FACTOR_ROUTE),
      expected: 'allow',
    },
    {
      description: 'a phishing-resistant sign-in opens a two-factor route (the ladder, not string equality)',
      decision: () => route(signIn('phr', 3600), TWO_FACTOR_ROUTE),
      expected: 'allow',
    },
    {
      description: 'a hardware-bound sign-in opens a two-factor route',
      decision: () => route(signIn('phrh', 3600), TWO_FACTOR_ROUTE),
      expected: 'allow',
    },
    {
      description: 'a one-factor sign-in steps up on a two-factor route',
      decision: () => route(signIn(ONE_FACTOR, 10), TWO_FACTOR_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'a sign-in without acr steps up on a two-factor route',
      decision: () => route(signIn(undefined, 10), TWO_FACTOR_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'an unknown acr steps up on a two-factor route',
      decision: () => route(signIn('urn:example:gold', 10), TWO_FACTOR_ROUTE),
      expected: 'step-up',
    },
    // Route access: auth_time against maxAge
    {
      description: 'a sign-in exactly maxAge old opens a recency route',
      decision: () => route(signIn(ONE_FACTOR, 30), RECENT_ROUTE),
      expected: 'allow',
    },
    {
      description: 'a one-factor sign-in a second too old steps up on a recency route',
      decision: () => route(signIn(ONE_FACTOR, 31), RECENT_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'a two-factor sign-in a second too old steps up on a recency route',
      decision: () => route(signIn(TWO_FACTOR, 31), RECENT_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'a sign-in without auth_time steps up on a recency route',
      decision: () => route(signIn(TWO_FACTOR, null), RECENT_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'a recent two-factor sign-in opens a route that needs both',
      decision: () => route(signIn(TWO_FACTOR, 299), BOTH_ROUTE),
      expected: 'allow',
    },
    {
      description: 'a stale two-factor sign-in steps up on a route that needs both',
      decision: () => route(signIn(TWO_FACTOR, 301), BOTH_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'a recent one-factor sign-in steps up on a route that needs both',
      decision: () => route(signIn(ONE_FACTOR, 10), BOTH_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'a stale phishing-resistant sign-in steps up on a route that needs both',
      decision: () => route(signIn('phr', 301), BOTH_ROUTE),
      expected: 'step-up',
    },
    {
      description: 'any sign-in opens a route that asks only for a sign-in',
      decision: () => route(signIn(ONE_FACTOR, 86_400), {}),
      expected: 'allow',
    },
    // Route access: just back from the route's step-up, let in when met, otherwise stop instead of looping
    {
      description: 'a route lets in the sign-in that came back with its level',
      decision: () => route(signIn(TWO_FACTOR, 2), TWO_FACTOR_ROUTE, true),
      expected: 'allow',
    },
    {
      description: 'a route stops when its step-up came back one factor',
      decision: () => route(signIn(ONE_FACTOR, 2), TWO_FACTOR_ROUTE, true),
      expected: 'stop',
    },
    {
      description: 'a recency route stops when its step-up came back still too old',
      decision: () => route(signIn(ONE_FACTOR, 45), RECENT_ROUTE, true),
      expected: 'stop',
    },
    {
      description: 'a route that needs both stops when its step-up came back stale',
      decision: () => route(signIn(TWO_FACTOR, 301), BOTH_ROUTE, true),
      expected: 'stop',
    },
    // Route access: nobody signed in
    {
      description: "nobody signed in on a two-factor route is OktaAuthGuard's sign-in",
      decision: () => route(null, TWO_FACTOR_ROUTE),
      expected: 'sign-in',
    },
    {
      description: "nobody signed in on a route without requirement is OktaAuthGuard's sign-in",
      decision: () => route(null, {}),
      expected: 'sign-in',
    },
    {
      description: 'nobody signed in after the route came back stops',
      decision: () => route(null, TWO_FACTOR_ROUTE, true),
      expected: 'stop',
    },
    {
      description:
        'a route steps up for its whole requirement, so a stale two-factor session keeps its level',
      decision: () => decideRouteAccess(signIn(TWO_FACTOR, 301), BOTH_ROUTE, false, NOW),
      expected: { kind: 'step-up', requirement: BOTH_ROUTE },
    },
    // What to ask the provider for
    {
      description: 'the redirect asks for the first acr value, the most preferred one',
      decision: () => planStepUp({ acrValues: [TWO_FACTOR, 'phr'] }),
      expected: { acrValues: TWO_FACTOR },
    },
    {
      description: 'the redirect passes max_age along with the acr value',
      decision: () => planStepUp({ acrValues: [TWO_FACTOR], maxAge: 300 }),
      expected: { acrValues: TWO_FACTOR, maxAge: 300 },
    },
    {
      description: 'the redirect asks for recency alone when nothing names an acr and nobody is signed in',
      decision: () => planStepUp({ acrValues: [], maxAge: 0 }),
      expected: { maxAge: 0 },
    },
    {
      description: 'nothing is asked for a requirement that names nothing',
      decision: () => planStepUp({ acrValues: [] }),
      expected: null,
    },
    {
      description: 'nothing is asked for an empty requirement',
      decision: () => planStepUp({}),
      expected: null,
    },
    {
      description: 'recency alone keeps the current level',
      decision: () => planStepUp({ maxAge: 300 }, TWO_FACTOR),
      expected: { acrValues: TWO_FACTOR, maxAge: 300 },
    },
    {
      description: "the challenge's level wins over the current one",
      decision: () => planStepUp({ acrValues: ['phr'], maxAge: 300 }, TWO_FACTOR),
      expected: { acrValues: 'phr', maxAge: 300 },
    },
    {
      description: 'a requirement that names nothing is not turned into a request for the current level',
      decision: () => planStepUp({ acrValues: [] }, TWO_FACTOR),
      expected: null,
    },
    {
      description: 'a current acr that is not a string is ignored',
      decision: () => planStepUp({ acrValues: [], maxAge: 60 }, 42),
      expected: { maxAge: 60 },
    },
    // Resume: whether the action that waited is sent again
    {
      description: 'an action is replayed when the same account came back with the level',
      decision: () => resume({}, signIn(TWO_FACTOR, 20)),
      expected: replay,
    },
    {
      description: 'an action is replayed when a stronger level than asked for came back',
      decision: () => resume({}, signIn('phr', 20)),
      expected: replay,
    },
    {
      description: 'an action stops when the new token is still one factor',
      decision: () => resume({}, signIn(ONE_FACTOR, 20)),
      expected: stop('not-satisfied'),
    },
    {
      description: 'an action stops when the new token is too old for max_age',
      decision: () => resume({}, signIn(TWO_FACTOR, 301)),
      expected: stop('not-satisfied'),
    },
    {
      description: 'an action stops when nobody is signed in any more',
      decision: () => resume({}, null),
      expected: stop('not-satisfied'),
    },
    {
      description: 'an action is dropped, draft and all, when the sign-in came back as another account',
      decision: () => resume({}, signIn(TWO_FACTOR, 20, '00u-bob')),
      expected: stop('account-changed', true),
    },
    {
      description: 'an action is dropped when the trip does not say whose it was',
      decision: () => resume({ sub: undefined }, signIn(TWO_FACTOR, 20)),
      expected: stop('account-changed', true),
    },
    {
      description: 'an action is dropped when the new ID token has no sub',
      decision: () => resume({}, { acr: TWO_FACTOR, auth_time: NOW - 20 }),
      expected: stop('account-changed', true),
    },
    {
      description: 'an action stops when the visitor came back without finishing the sign-in',
      decision: () => resume({ status: 'outbound' }, signIn(TWO_FACTOR, 20)),
      expected: stop('not-completed'),
    },
    {
      description: 'an action stops when the provider answered with an error',
      decision: () => resume({ status: 'failed', failure: 'access_denied' }, signIn(ONE_FACTOR, 20)),
      expected: stop('sign-in-failed'),
    },
    {
      description: 'an action stops when its trip was already stopped',
      decision: () => resume({ status: 'stopped' }, signIn(TWO_FACTOR, 20)),
      expected: stop('not-satisfied'),
    },
    {
      description: 'an action that waited longer than a trip may last is not sent',
      decision: () => resume({ startedAt: NOW_MS - STEP_UP_TRIP_TTL_MS }, signIn(TWO_FACTOR, 20)),
      expected: stop('expired'),
    },
    {
      description: 'an action whose trip is dated in the future is not sent',
      decision: () => resume({ startedAt: NOW_MS + 60_000 }, signIn(TWO_FACTOR, 20)),
      expected: stop('expired'),
    },
    // How long a trip counts
    {
      description: 'a trip started a moment before its time-to-live ran out is current',
      decision: () => isTripCurrent({ startedAt: NOW_MS - STEP_UP_TRIP_TTL_MS + 1 }, NOW_MS),
      expected: true,
    },
    {
      description: 'a trip whose time-to-live ran out is not current',
      decision: () => isTripCurrent({ startedAt: NOW_MS - STEP_UP_TRIP_TTL_MS }, NOW_MS),
      expected: false,
    },
  ])('$description', ({ decision, expected }) => {
    expect(decision()).toEqual(expected);
  });
});
