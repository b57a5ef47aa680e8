import { parseStepUpTrip } from './parse-step-up-trip';
import { StepUpTrip } from './step-up-trip';

const ROUTE_TRIP: StepUpTrip = {
  returnUrl: '/profile',
  demand: { acrValues: ['urn:okta:loa:2fa:any'] },
  startedAt: 1_764_410_400_000,
  status: 'outbound',
};

const ACTION_TRIP: StepUpTrip = {
  returnUrl: '/transactions',
  demand: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
  startedAt: 1_764_410_400_000,
  status: 'failed',
  failure: 'access_denied',
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
    { description: 'acr values that are not a list', input: { ...ROUTE_TRIP, demand: { acrValues: 'phr' } } },
    { description: 'acr values that are not strings', input: { ...ROUTE_TRIP, demand: { acrValues: [1] } } },
    { description: 'a negative max_age', input: { ...ROUTE_TRIP, demand: { acrValues: [], maxAge: -1 } } },
    { description: 'a fractional max_age', input: { ...ROUTE_TRIP, demand: { acrValues: [], maxAge: 1.5 } } },
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
