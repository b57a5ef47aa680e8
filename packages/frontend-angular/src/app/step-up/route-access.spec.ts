import { decideRouteAccess } from './route-access';

const NOW = 1_764_410_400;
const ONE_FACTOR = 'urn:okta:loa:1fa:pwd';
const TWO_FACTOR = 'urn:okta:loa:2fa:any';
const TWO_FACTOR_ROUTE = { acrValues: [TWO_FACTOR] };
const RECENT_ROUTE = { maxAge: 30 };
const BOTH_ROUTE = { acrValues: [TWO_FACTOR], maxAge: 300 };

describe('decideRouteAccess', () => {
  it.each([
    // acr on the ladder
    { acr: TWO_FACTOR, authAge: 3600, route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'allow' },
    { acr: 'phr', authAge: 3600, route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'allow' },
    { acr: 'phrh', authAge: 3600, route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'allow' },
    { acr: ONE_FACTOR, authAge: 10, route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'step-up' },
    { acr: undefined, authAge: 10, route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'step-up' },
    { acr: 'urn:example:gold', authAge: 10, route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'step-up' },
    // recency: auth_time against maxAge
    { acr: ONE_FACTOR, authAge: 30, route: RECENT_ROUTE, cameBack: false, expected: 'allow' },
    { acr: ONE_FACTOR, authAge: 31, route: RECENT_ROUTE, cameBack: false, expected: 'step-up' },
    { acr: TWO_FACTOR, authAge: 31, route: RECENT_ROUTE, cameBack: false, expected: 'step-up' },
    { acr: TWO_FACTOR, authAge: null, route: RECENT_ROUTE, cameBack: false, expected: 'step-up' },
    // both
    { acr: TWO_FACTOR, authAge: 299, route: BOTH_ROUTE, cameBack: false, expected: 'allow' },
    { acr: TWO_FACTOR, authAge: 301, route: BOTH_ROUTE, cameBack: false, expected: 'step-up' },
    { acr: ONE_FACTOR, authAge: 10, route: BOTH_ROUTE, cameBack: false, expected: 'step-up' },
    { acr: 'phr', authAge: 301, route: BOTH_ROUTE, cameBack: false, expected: 'step-up' },
    // just back from the step-up: let in when met, otherwise stop instead of redirecting again
    { acr: TWO_FACTOR, authAge: 2, route: TWO_FACTOR_ROUTE, cameBack: true, expected: 'allow' },
    { acr: ONE_FACTOR, authAge: 2, route: TWO_FACTOR_ROUTE, cameBack: true, expected: 'stop' },
    { acr: ONE_FACTOR, authAge: 45, route: RECENT_ROUTE, cameBack: true, expected: 'stop' },
    { acr: TWO_FACTOR, authAge: 301, route: BOTH_ROUTE, cameBack: true, expected: 'stop' },
    // a route that asks only for a sign-in
    { acr: ONE_FACTOR, authAge: 86_400, route: {}, cameBack: false, expected: 'allow' },
  ])(
    'a token with acr $acr, authenticated $authAge s ago, on $route (came back: $cameBack) → $expected',
    ({ acr, authAge, route, cameBack, expected }) => {
      const claims = { acr, auth_time: authAge === null ? undefined : NOW - authAge };

      expect(decideRouteAccess(claims, route, cameBack, NOW).kind).toBe(expected);
    },
  );

  it.each([
    { route: TWO_FACTOR_ROUTE, cameBack: false, expected: 'step-up' },
    { route: {}, cameBack: false, expected: 'step-up' },
    { route: TWO_FACTOR_ROUTE, cameBack: true, expected: 'stop' },
  ])('nobody signed in on $route (came back: $cameBack) → $expected', ({ route, cameBack, expected }) => {
    expect(decideRouteAccess(null, route, cameBack, NOW).kind).toBe(expected);
  });

  it('asks for the whole requirement, so a stale two-factor session does not come back with one factor', () => {
    const claims = { acr: TWO_FACTOR, auth_time: NOW - 301 };

    expect(decideRouteAccess(claims, BOTH_ROUTE, false, NOW)).toEqual({
      kind: 'step-up',
      demand: { acrValues: [TWO_FACTOR], maxAge: 300 },
    });
  });

  it('asks for recency alone on a route that names no level', () => {
    expect(decideRouteAccess({ acr: ONE_FACTOR, auth_time: NOW - 31 }, RECENT_ROUTE, false, NOW)).toEqual({
      kind: 'step-up',
      demand: { acrValues: [], maxAge: 30 },
    });
  });
});
