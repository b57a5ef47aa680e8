import { OktaAuthGuard } from '@okta/okta-angular';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  GuardResult,
  RedirectCommand,
  Router,
  RouterStateSnapshot,
} from '@angular/router';

import { FakeOktaAuth, holdTokens } from '../../testing/fake-okta';
import { configureStepUpTestBed } from '../../testing/step-up-test-bed';
import { StepUpTrip } from './step-up-trip';
import { STEP_UP_TRIP_KEY, StepUpStore } from './step-up.store';
import { routeRequirement, stepUpGuard } from './step-up.guard';

const NOW_MS = 1_764_410_400_000;
const NOW = NOW_MS / 1000;
const TWO_FACTOR = 'urn:okta:loa:2fa:any';
const PROFILE = { okta: { acrValues: TWO_FACTOR } };
const ACCOUNT = { okta: { maxAge: 30 } };

describe('stepUpGuard', () => {
  let oktaAuth: FakeOktaAuth;
  let storage: Storage;
  /** OktaAuthGuard's own sign-in, which the guard leaves to it. */
  let oktaAuthGuard: {
    canActivate: jest.Mock<Promise<boolean>, [ActivatedRouteSnapshot, RouterStateSnapshot]>;
  };

  beforeEach(async () => {
    oktaAuthGuard = {
      canActivate: jest
        .fn<Promise<boolean>, [ActivatedRouteSnapshot, RouterStateSnapshot]>()
        .mockResolvedValue(false),
    };
    ({ oktaAuth, storage } = await configureStepUpTestBed({
      clock: { now: () => NOW_MS },
      providers: [{ provide: OktaAuthGuard, useValue: oktaAuthGuard }],
    }));
  });

  const store = () => TestBed.inject(StepUpStore);
  /** Puts `trip` in storage as it stands after the transitions that led there. */
  const remember = (trip: StepUpTrip) => storage.setItem(STEP_UP_TRIP_KEY, JSON.stringify(trip));

  function activate(url: string, data: object): Promise<GuardResult> {
    const route = { data } as unknown as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    return Promise.resolve(
      TestBed.runInInjectionContext(() => stepUpGuard(route, state)) as Promise<GuardResult>,
    );
  }

  function returnedTrip(returnUrl: string, changes: Partial<StepUpTrip> = {}): StepUpTrip {
    return {
      returnUrl,
      requirement: { acrValues: [TWO_FACTOR] },
      startedAt: NOW_MS - 30_000,
      status: 'returned',
      ...changes,
    };
  }

  const redirectTarget = (result: GuardResult) =>
    result instanceof RedirectCommand ? TestBed.inject(Router).serializeUrl(result.redirectTo) : null;

  it.each([
    { description: 'a two-factor sign-in on a two-factor route', claims: { acr: TWO_FACTOR }, data: PROFILE },
    {
      description: 'a phishing-resistant sign-in on a two-factor route',
      claims: { acr: 'phr' },
      data: PROFILE,
    },
    { description: 'a recent sign-in on a recency route', claims: { auth_time: NOW - 10 }, data: ACCOUNT },
  ])('lets in $description without a redirect', async ({ claims, data }) => {
    holdTokens(oktaAuth, claims);

    await expect(activate('/profile', data)).resolves.toBe(true);
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });

  it('steps up a one-factor sign-in on a two-factor route, returning to the page', async () => {
    holdTokens(oktaAuth, { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW - 10 });

    await expect(activate('/profile', PROFILE)).resolves.toBe(false);
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
      acrValues: TWO_FACTOR,
      originalUri: '/profile',
    });
    expect(store().current()).toEqual(
      expect.objectContaining({ returnUrl: '/profile', sub: '00u-alice', status: 'outbound' }),
    );
  });

  it('re-authenticates with max_age, keeping the current level, when auth_time is older than the route allows', async () => {
    holdTokens(oktaAuth, { acr: TWO_FACTOR, auth_time: NOW - 31 });

    await expect(activate('/account', ACCOUNT)).resolves.toBe(false);
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
      acrValues: 'urn:okta:loa:2fa:any',
      maxAge: 30,
      originalUri: '/account',
    });
  });

  it('leaves signing in to OktaAuthGuard when nobody is signed in', async () => {
    oktaAuthGuard.canActivate.mockResolvedValueOnce(false);

    await expect(activate('/profile', PROFILE)).resolves.toBe(false);
    expect(oktaAuthGuard.canActivate).toHaveBeenCalledWith(
      expect.objectContaining({ data: PROFILE }),
      expect.objectContaining({ url: '/profile' }),
    );
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });

  it('does not call OktaAuthGuard for a signed-in visitor, whose acr it would compare as a string', async () => {
    holdTokens(oktaAuth, { acr: 'phrh', auth_time: NOW - 10 });

    await expect(activate('/security', { okta: { acrValues: 'phr' } })).resolves.toBe(true);
    expect(oktaAuthGuard.canActivate).not.toHaveBeenCalled();
  });

  it('lets the visitor in after the step-up came back with the level, and forgets the trip', async () => {
    remember(returnedTrip('/profile'));
    holdTokens(oktaAuth, { acr: TWO_FACTOR, auth_time: NOW - 5 });

    await expect(activate('/profile', PROFILE)).resolves.toBe(true);
    expect(store().current()).toBeNull();
  });

  it('explains instead of redirecting again when the returned sign-in still falls short', async () => {
    remember(returnedTrip('/account', { requirement: { maxAge: 30 } }));
    holdTokens(oktaAuth, { acr: TWO_FACTOR, auth_time: NOW - 45 });

    const result = await activate('/account', ACCOUNT);

    expect(redirectTarget(result)).toBe('/step-up-needed');
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
    expect(store().stoppedRoute()).toEqual(expect.objectContaining({ returnUrl: '/account' }));
  });

  it.each([
    { description: 'a trip for another page', trip: returnedTrip('/security') },
    { description: 'a trip that never came back', trip: returnedTrip('/profile', { status: 'outbound' }) },
    {
      description: 'a trip that failed at the provider',
      trip: returnedTrip('/profile', { status: 'failed' }),
    },
    { description: 'an old trip', trip: returnedTrip('/profile', { startedAt: NOW_MS - 11 * 60_000 }) },
    {
      description: "a page action's trip",
      trip: returnedTrip('/profile', {
        action: { name: 'x', purpose: 'x', request: { method: 'GET', url: '/api/x' } },
      }),
    },
  ])('treats a navigation after $description as a new request that may step up', async ({ trip }) => {
    remember(trip);
    holdTokens(oktaAuth, { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW - 5 });

    await expect(activate('/profile', PROFILE)).resolves.toBe(false);
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
  });

  it('shows the sign-in-unavailable page when the redirect cannot start', async () => {
    holdTokens(oktaAuth, { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW - 5 });
    oktaAuth.signInWithRedirect.mockRejectedValueOnce(new Error('Failed to fetch'));

    const result = await activate('/profile', PROFILE);

    expect(redirectTarget(result)).toBe('/sign-in-unavailable');
  });

  it('refuses a route whose requirement cannot be enforced', async () => {
    await expect(activate('/profile', { okta: { maxAge: -1 } })).rejects.toThrow(TypeError);
  });
});

describe('routeRequirement', () => {
  it.each([
    { description: 'no route data', input: undefined, expected: {} },
    { description: 'route data without okta', input: { title: 'x' }, expected: {} },
    {
      description: "the blog post's single acr value",
      input: { okta: { acrValues: 'urn:okta:loa:2fa:any' } },
      expected: { acrValues: ['urn:okta:loa:2fa:any'] },
    },
    {
      description: 'a space-separated list, most preferred first',
      input: { okta: { acrValues: 'phr urn:okta:loa:2fa:any' } },
      expected: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] },
    },
    {
      description: 'an array',
      input: { okta: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] } },
      expected: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] },
    },
    { description: 'a max age alone', input: { okta: { maxAge: 30 } }, expected: { maxAge: 30 } },
    {
      description: 'both',
      input: { okta: { acrValues: 'urn:okta:loa:2fa:any', maxAge: 300 } },
      expected: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
    },
  ])('reads $description', ({ input, expected }) => {
    expect(routeRequirement(input)).toEqual(expected);
  });

  it.each([
    { description: 'okta data that is not an object', input: { okta: 'phr' } },
    { description: 'acr values that are not strings', input: { okta: { acrValues: [2] } } },
    { description: 'a negative max age', input: { okta: { maxAge: -5 } } },
    { description: 'a max age in minutes as text', input: { okta: { maxAge: '5m' } } },
    { description: 'a fractional max age', input: { okta: { maxAge: 2.5 } } },
  ])('refuses $description', ({ input }) => {
    expect(() => routeRequirement(input)).toThrow(TypeError);
  });
});
