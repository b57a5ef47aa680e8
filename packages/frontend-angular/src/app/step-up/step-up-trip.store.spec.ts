import { TestBed } from '@angular/core/testing';

import { memoryStorage } from '../../testing/fake-okta';
import { StepUpTrip } from './step-up-trip';
import { STEP_UP_STORAGE, STEP_UP_TRIP_KEY, StepUpTripStore } from './step-up-trip.store';

const TRIP: StepUpTrip = {
  returnUrl: '/transactions',
  demand: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
  startedAt: 1_764_410_400_000,
  status: 'outbound',
};

describe('StepUpTripStore', () => {
  let storage: Storage;
  let store: StepUpTripStore;

  beforeEach(() => {
    storage = memoryStorage();
    TestBed.configureTestingModule({ providers: [{ provide: STEP_UP_STORAGE, useValue: storage }] });
    store = TestBed.inject(StepUpTripStore);
  });

  it('reads back what it wrote', () => {
    store.write(TRIP);

    expect(store.read()).toEqual(TRIP);
  });

  it('forgets the trip when cleared', () => {
    store.write(TRIP);
    store.clear();

    expect(store.read()).toBeNull();
  });

  it('hands a trip over once when taken', () => {
    store.write(TRIP);

    expect(store.take()).toEqual(TRIP);
    expect(store.take()).toBeNull();
  });

  it('marks the outbound trip for the page the callback returns to as returned', () => {
    store.write(TRIP);

    store.markReturned('/transactions');

    expect(store.read()?.status).toBe('returned');
  });

  it.each([
    { description: 'a trip for another page', trip: TRIP, returnUrl: '/profile' },
    {
      description: 'a trip that already failed',
      trip: { ...TRIP, status: 'failed' as const },
      returnUrl: '/transactions',
    },
  ])('does not mark $description as returned', ({ trip, returnUrl }) => {
    store.write(trip);

    store.markReturned(returnUrl);

    expect(store.read()?.status).toBe(trip.status);
  });

  it("records the provider's error code when the trip failed", () => {
    store.write(TRIP);

    store.markFailed('access_denied');

    expect(store.read()).toEqual({ ...TRIP, status: 'failed', failure: 'access_denied' });
  });

  it('does nothing when there is no trip to mark', () => {
    store.markReturned('/transactions');
    store.markFailed('access_denied');

    expect(storage.length).toBe(0);
  });

  it.each([
    { description: 'nothing stored', stored: null },
    { description: 'broken JSON', stored: '{"returnUrl":' },
    { description: 'a value of the wrong shape', stored: '{"returnUrl":42}' },
  ])('reads $description as no trip', ({ stored }) => {
    if (stored !== null) {
      storage.setItem(STEP_UP_TRIP_KEY, stored);
    }

    expect(store.read()).toBeNull();
  });
});
