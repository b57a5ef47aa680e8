import { TestBed } from '@angular/core/testing';

import { memoryStorage } from '../../testing/fake-okta';
import { provideStepUp } from './provide-step-up';
import { StepUpTrip } from './step-up-trip';
import { parseStepUpTrip, STEP_UP_STORAGE, STEP_UP_TRIP_KEY, StepUpStore } from './step-up.store';

const NOW_MS = 1_764_410_400_000;

const ROUTE_TRIP: StepUpTrip = {
  returnUrl: '/account',
  requirement: { maxAge: 30 },
  sub: '00u-alice',
  startedAt: NOW_MS - 30_000,
  status: 'outbound',
};

const ACTION_TRIP: StepUpTrip = {
  returnUrl: '/transactions',
  requirement: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
  sub: '00u-alice',
  startedAt: NOW_MS - 30_000,
  status: 'outbound',
  action: {
    name: 'create-transaction',
    purpose: 'create this transaction',
    request: {
      method: 'POST',
      url: '/api/transactions',
      body: { amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals' },
      idempotencyKey: '7f1c9a2e-5b7d-4c1e-9f0a-2d3b4c5d6e7f',
    },
    formState: { draft: { amount: '1500.00' } },
  },
};

describe('StepUpStore', () => {
  let storage: Storage;
  let store: StepUpStore;

  beforeEach(() => {
    storage = memoryStorage();
    TestBed.configureTestingModule({
      providers: [provideStepUp(), { provide: STEP_UP_STORAGE, useValue: storage }],
    });
    store = TestBed.inject(StepUpStore);
  });

  /** Puts the store in `status` with `trip`, through the transitions that lead there. */
  function reach(status: StepUpTrip['status'], trip: StepUpTrip = ACTION_TRIP): void {
    store.depart(trip);
    if (status === 'returned' || status === 'stopped') {
      store.arrive(trip.returnUrl);
    }
    if (status === 'failed') {
      store.fail('access_denied', NOW_MS);
    }
    if (status === 'stopped') {
      store.stopRoute({ ...trip, status: 'returned' });
    }
  }

  it('is idle until a trip departs', () => {
    expect(store.current()).toBeNull();
  });

  it('departs as outbound, keeping what the trip holds', () => {
    store.depart({ ...ACTION_TRIP, status: 'returned', failure: 'x' } as StepUpTrip);

    expect(store.current()).toEqual(ACTION_TRIP);
  });

  it('arrives back as returned on the page the trip left from', () => {
    reach('outbound');

    store.arrive('/transactions');

    expect(store.current()?.status).toBe('returned');
  });

  it.each([
    { description: 'a sign-in that returns to another page', status: 'outbound' as const, to: '/profile' },
    { description: 'a trip that already failed', status: 'failed' as const, to: '/transactions' },
    { description: 'a trip already returned', status: 'returned' as const, to: '/transactions' },
  ])('does not arrive for $description', ({ status, to }) => {
    reach(status);
    const before = store.current();

    store.arrive(to);

    expect(store.current()).toEqual(before);
  });

  it("fails with the provider's error code and hands back the failed trip", () => {
    reach('outbound');

    const failed = store.fail('access_denied', NOW_MS);

    expect(failed).toEqual({ ...ACTION_TRIP, status: 'failed', failure: 'access_denied' });
    expect(store.current()).toEqual(failed);
  });

  it.each([
    { description: 'no trip', setUp: () => undefined },
    { description: 'a trip that already returned', setUp: () => reach('returned') },
    {
      description: 'a trip older than a trip may last',
      setUp: () => reach('outbound', { ...ACTION_TRIP, startedAt: NOW_MS - 11 * 60_000 }),
    },
  ])('does not fail $description: that sign-in was not a step-up', ({ setUp }) => {
    setUp();
    const before = store.current();

    expect(store.fail('access_denied', NOW_MS)).toBeNull();
    expect(store.current()).toEqual(before);
  });

  it.each(['outbound', 'returned', 'failed'] as const)(
    'hands a %s action to its page once, leaving the store idle',
    (status) => {
      reach(status);

      expect(store.takeAction('/transactions', 'create-transaction')).toEqual(
        expect.objectContaining({ status, action: ACTION_TRIP.action }),
      );
      expect(store.current()).toBeNull();
      expect(store.takeAction('/transactions', 'create-transaction')).toBeNull();
    },
  );

  it.each([
    { description: 'another page', page: '/messages', name: 'create-transaction' },
    { description: 'another action of the page', page: '/transactions', name: 'list-transactions' },
  ])('keeps an action away from $description', ({ page, name }) => {
    reach('returned');

    expect(store.takeAction(page, name)).toBeNull();
    expect(store.current()?.status).toBe('returned');
  });

  it("never hands a route's trip to a page action", () => {
    reach('returned', ROUTE_TRIP);

    expect(store.takeAction('/account', 'create-transaction')).toBeNull();
  });

  it('lets the guard take the returned trip of its own page once', () => {
    reach('returned', ROUTE_TRIP);

    expect(store.takeRouteReturn('/account', NOW_MS)).toEqual({ ...ROUTE_TRIP, status: 'returned' });
    expect(store.current()).toBeNull();
  });

  it.each([
    {
      description: 'a trip for another page',
      trip: ROUTE_TRIP,
      status: 'returned' as const,
      page: '/profile',
    },
    { description: 'a trip still outbound', trip: ROUTE_TRIP, status: 'outbound' as const, page: '/account' },
    { description: 'a failed trip', trip: ROUTE_TRIP, status: 'failed' as const, page: '/account' },
    {
      description: "a page action's trip",
      trip: ACTION_TRIP,
      status: 'returned' as const,
      page: '/transactions',
    },
    {
      description: 'an old trip',
      trip: { ...ROUTE_TRIP, startedAt: NOW_MS - 11 * 60_000 },
      status: 'returned' as const,
      page: '/account',
    },
  ])('does not give the guard $description', ({ trip, status, page }) => {
    reach(status, trip);
    const before = store.current();

    expect(store.takeRouteReturn(page, NOW_MS)).toBeNull();
    expect(store.current()).toEqual(before);
  });

  it('keeps a stopped route trip for the page that explains it', () => {
    reach('stopped', ROUTE_TRIP);

    expect(store.stoppedRoute()).toEqual({ ...ROUTE_TRIP, status: 'stopped' });
  });

  it.each([
    { description: 'a returned route trip', status: 'returned' as const, trip: ROUTE_TRIP },
    { description: 'a stopped action trip', status: 'stopped' as const, trip: ACTION_TRIP },
  ])('has no stopped route for $description', ({ status, trip }) => {
    reach(status, trip);

    expect(store.stoppedRoute()).toBeNull();
  });

  it('abandons an outbound trip whose redirect never started', () => {
    reach('outbound');

    store.abandon();

    expect(store.current()).toBeNull();
  });

  it('does not abandon a trip that is no longer outbound', () => {
    reach('failed');

    store.abandon();

    expect(store.current()?.status).toBe('failed');
  });

  it('resets to idle from any state', () => {
    reach('failed');

    store.reset();

    expect(store.current()).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('does nothing when there is no trip to move on', () => {
    store.arrive('/transactions');
    store.abandon();

    expect(storage.length).toBe(0);
  });

  it('lets a refused write stop the departure', () => {
    jest.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });

    expect(() => store.depart(ACTION_TRIP)).toThrow('Quota exceeded');
  });

  it.each([
    { description: 'broken JSON', stored: '{"returnUrl":' },
    { description: 'a value of the wrong shape', stored: '{"returnUrl":42}' },
  ])('reads $description as idle', ({ stored }) => {
    storage.setItem(STEP_UP_TRIP_KEY, stored);

    expect(store.current()).toBeNull();
  });
});

const withAction = (changes: Record<string, unknown>) => ({
  ...ACTION_TRIP,
  action: { ...ACTION_TRIP.action, ...changes },
});
const withRequest = (changes: Record<string, unknown>) =>
  withAction({ request: { ...ACTION_TRIP.action?.request, ...changes } });

describe('parseStepUpTrip', () => {
  it.each([
    { description: 'a trip started by a route', input: ROUTE_TRIP },
    { description: 'a trip started by an action, with its request and form', input: ACTION_TRIP },
    {
      description: 'a failed trip with its error code',
      input: { ...ACTION_TRIP, status: 'failed', failure: 'x' },
    },
    { description: 'a trip of nobody signed in', input: { ...ROUTE_TRIP, sub: undefined } },
    { description: 'a requirement that names nothing', input: { ...ROUTE_TRIP, requirement: {} } },
    {
      description: 'a GET without body or key',
      input: withAction({ request: { method: 'GET', url: '/api/messages' }, formState: undefined }),
    },
  ])('reads back $description', ({ input }) => {
    expect(parseStepUpTrip(JSON.parse(JSON.stringify(input)))).toEqual(JSON.parse(JSON.stringify(input)));
  });

  it.each([
    { description: 'nothing', input: null },
    { description: 'a string', input: '/profile' },
    { description: 'an array', input: [ROUTE_TRIP] },
    { description: 'a trip without a return URL', input: { ...ROUTE_TRIP, returnUrl: undefined } },
    { description: 'a return URL that is not a string', input: { ...ROUTE_TRIP, returnUrl: 42 } },
    { description: 'a trip without a requirement', input: { ...ROUTE_TRIP, requirement: undefined } },
    {
      description: 'acr values that are not a list',
      input: { ...ROUTE_TRIP, requirement: { acrValues: 'phr' } },
    },
    {
      description: 'acr values that are not strings',
      input: { ...ROUTE_TRIP, requirement: { acrValues: [1] } },
    },
    { description: 'a negative max_age', input: { ...ROUTE_TRIP, requirement: { maxAge: -1 } } },
    { description: 'a fractional max_age', input: { ...ROUTE_TRIP, requirement: { maxAge: 1.5 } } },
    { description: 'a sub that is not a string', input: { ...ROUTE_TRIP, sub: 7 } },
    { description: 'a start time that is not a number', input: { ...ROUTE_TRIP, startedAt: 'now' } },
    { description: 'an unknown status', input: { ...ROUTE_TRIP, status: 'done' } },
    { description: 'a failure code that is not a string', input: { ...ROUTE_TRIP, failure: 7 } },
    { description: 'an action that is not an object', input: { ...ROUTE_TRIP, action: 'create' } },
    { description: 'an action without a name', input: withAction({ name: undefined }) },
    { description: 'an action without a purpose', input: withAction({ purpose: 3 }) },
    { description: 'a method the app never replays', input: withRequest({ method: 'CONNECT' }) },
    { description: 'a method in lower case', input: withRequest({ method: 'post' }) },
    { description: 'a request without a URL', input: withRequest({ url: undefined }) },
    { description: 'an idempotency key that is not a string', input: withRequest({ idempotencyKey: 1 }) },
  ])('reads $description as no trip', ({ input }) => {
    expect(parseStepUpTrip(input)).toBeNull();
  });
});
