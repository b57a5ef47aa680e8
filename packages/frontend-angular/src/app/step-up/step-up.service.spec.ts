import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthSdkError, OAuthError, Tokens } from '@okta/okta-auth-js';
import { firstValueFrom, lastValueFrom, Observable, toArray } from 'rxjs';

import { StepUpMode } from '../config/runtime-config';
import { FakeOktaAuth, holdTokens } from '../../testing/fake-okta';
import { configureStepUpTestBed } from '../../testing/step-up-test-bed';
import { STEP_UP_TRIP_TTL_MS } from './step-up-decisions';
import { STEP_UP_MODE } from './step-up-popup';
import { ActionContext, ActionOutcome, ApiRequest, StepUpStop, StepUpTrip } from './step-up-trip';
import { STEP_UP_TRIP_KEY, StepUpStore } from './step-up.store';
import { StepUpService } from './step-up.service';

const START = 1_764_410_400_000;
const ONE_FACTOR = 'urn:okta:loa:1fa:pwd';
const TWO_FACTOR = 'urn:okta:loa:2fa:any';
const ALICE = '00u-alice';
const KEY = '7f1c9a2e-5b7d-4c1e-9f0a-2d3b4c5d6e7f';
const CREATE: ApiRequest = {
  method: 'POST',
  url: '/api/transactions',
  body: { amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals' },
  idempotencyKey: KEY,
};
const FORM = {
  draft: { amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals', memo: '' },
  idempotencyKey: KEY,
};
const CONTEXT: ActionContext = {
  name: 'create-transaction',
  purpose: 'create this transaction',
  returnUrl: '/transactions',
  formState: FORM,
};
const NEW_TOKENS = { idToken: { idToken: 'new.id.token' } } as unknown as Tokens;
const CHALLENGE =
  'Bearer realm="api", error="insufficient_user_authentication", acr_values="urn:okta:loa:2fa:any phr", max_age="300"';

describe('StepUpService', () => {
  let oktaAuth: FakeOktaAuth;
  let storage: Storage;
  let now: number;
  let backend: HttpTestingController;
  let mode: StepUpMode;

  beforeEach(async () => {
    mode = 'redirect';
    now = START;
    ({ oktaAuth, storage, backend } = await configureStepUpTestBed({
      url: '/transactions',
      clock: { now: () => now },
      providers: [{ provide: STEP_UP_MODE, useFactory: () => mode }],
    }));
    // Alice signed in with a password a moment ago.
    holdTokens(oktaAuth, { sub: ALICE, acr: ONE_FACTOR, auth_time: Math.floor(START / 1000) - 10 });
  });

  afterEach(() => backend.verify());

  const service = () => TestBed.inject(StepUpService);
  const store = () => TestBed.inject(StepUpStore);
  /** Puts `trip` in storage as it stands after the transitions that led there. */
  const remember = (trip: StepUpTrip) => storage.setItem(STEP_UP_TRIP_KEY, JSON.stringify(trip));

  /** Subscribes to `outcome`, lets `answer` respond to the request it makes, and returns the outcome. */
  async function settle<T>(
    outcome: Observable<ActionOutcome<T>>,
    answer?: (request: TestRequest) => void,
  ): Promise<ActionOutcome<T>> {
    const result = firstValueFrom(outcome);
    if (answer !== undefined) {
      // The request may go out only after promises settle (reading the tokens, starting the redirect).
      await new Promise((resolve) => setTimeout(resolve));
      answer(backend.expectOne(() => true));
    }
    return result;
  }

  const challenge = (request: TestRequest) =>
    request.flush(null, {
      status: 401,
      statusText: 'Unauthorized',
      headers: { 'WWW-Authenticate': CHALLENGE },
    });
  const created = (request: TestRequest) =>
    request.flush({ id: 'tx-1' }, { status: 201, statusText: 'Created' });

  /** The app as loaded afresh in the browser, as it is after the redirect back from the provider. */
  const reloaded = () => TestBed.runInInjectionContext(() => new StepUpService());

  /**
   * The visitor submits, the API challenges, the browser leaves and comes back through a successful
   * callback with a two-factor sign-in. Returns the service of the reloaded app.
   */
  async function roundTrip(): Promise<StepUpService> {
    await settle(service().send(CREATE, CONTEXT), challenge);
    store().arrive('/transactions');
    holdTokens(oktaAuth, { sub: ALICE, acr: TWO_FACTOR, auth_time: Math.floor(now / 1000) + 20 });
    now += 60_000;
    return reloaded();
  }

  describe('send', () => {
    it('answers with the response when the API accepts the request', async () => {
      const outcome = await settle(service().send(CREATE, CONTEXT), (request) => {
        expect(request.request.method).toBe('POST');
        expect(request.request.body).toEqual(CREATE.body);
        expect(request.request.headers.get('Idempotency-Key')).toBe(KEY);
        created(request);
      });

      expect(outcome).toEqual(expect.objectContaining({ kind: 'done' }));
      expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
    });

    it('hands any other failure to the page, untouched', async () => {
      const outcome = await settle(service().send(CREATE, CONTEXT), (request) =>
        request.flush({ error: 'invalid_request' }, { status: 400, statusText: 'Bad Request' }),
      );

      expect(outcome.kind).toBe('failed');
      expect((outcome as { error: HttpErrorResponse }).error.status).toBe(400);
      expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
    });

    it('records the action and redirects once for the first acr value and max_age of a challenge', async () => {
      const outcome = await settle(service().send(CREATE, CONTEXT), challenge);

      expect(outcome).toEqual({ kind: 'redirecting' });
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
        acrValues: TWO_FACTOR,
        maxAge: 300,
        originalUri: '/transactions',
      });
      expect(store().current()).toEqual({
        returnUrl: '/transactions',
        requirement: { acrValues: [TWO_FACTOR, 'phr'], maxAge: 300 },
        sub: ALICE,
        startedAt: START,
        status: 'outbound',
        action: {
          name: 'create-transaction',
          purpose: 'create this transaction',
          request: CREATE,
          formState: FORM,
        },
      });
    });

    it('comes back to the current page when the action names none', async () => {
      await settle(
        service().send({ method: 'GET', url: '/api/messages' }, { name: 'read', purpose: 'read' }),
        challenge,
      );

      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith(
        expect.objectContaining({ originalUri: '/transactions' }),
      );
    });

    it('never records a return URL outside the app', async () => {
      await settle(service().send(CREATE, { ...CONTEXT, returnUrl: '//evil.example' }), challenge);

      expect(store().current()?.returnUrl).toBe('/');
    });

    it('does not let a second challenge overwrite the action already on its way out', async () => {
      await settle(service().send(CREATE, CONTEXT), challenge);
      const second = await settle(
        service().send({ method: 'GET', url: '/api/transactions' }, { name: 'list', purpose: 'list' }),
        challenge,
      );

      expect(second).toEqual({ kind: 'redirecting' });
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
      expect(store().current()?.action?.name).toBe('create-transaction');
    });

    it('stops without redirecting when the challenge names nothing to ask for', async () => {
      const outcome = await settle(service().send(CREATE, CONTEXT), (request) =>
        request.flush(null, {
          status: 401,
          statusText: 'Unauthorized',
          headers: { 'WWW-Authenticate': 'Bearer error="insufficient_user_authentication"' },
        }),
      );

      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason: 'nothing-requested' }));
      expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
      expect(store().current()).toBeNull();
    });

    it('stops and forgets the trip when the redirect cannot start', async () => {
      oktaAuth.signInWithRedirect.mockRejectedValueOnce(new Error('Failed to fetch'));

      const outcome = await settle(service().send(CREATE, CONTEXT), challenge);

      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason: 'redirect-failed' }));
      expect(store().current()).toBeNull();
    });

    it("refuses to call anything but the app's own API", () => {
      expect(() => service().send({ method: 'GET', url: 'https://evil.example/api/x' }, CONTEXT)).toThrow(
        TypeError,
      );
    });
  });

  describe('resume', () => {
    it('has nothing to resume without a trip', () => {
      expect(service().resume('/transactions', 'create-transaction')).toBeNull();
    });

    it.each([
      { description: 'another page', returnUrl: '/messages', name: 'create-transaction' },
      { description: 'another action of the page', returnUrl: '/transactions', name: 'list-transactions' },
    ])('leaves an action of $description where it is', async ({ returnUrl, name }) => {
      const app = await roundTrip();

      expect(app.resume(returnUrl, name)).toBeNull();
      expect(store().current()?.status).toBe('returned');
    });

    it('hands back the form and replays the request once, with the same Idempotency-Key', async () => {
      const app = await roundTrip();

      const resumed = app.resume<unknown>('/transactions', 'create-transaction');
      expect(resumed?.formState).toEqual(FORM);
      const outcome = await settle(resumed!.outcome, (request) => {
        expect(request.request.method).toBe('POST');
        expect(request.request.body).toEqual(CREATE.body);
        expect(request.request.headers.get('Idempotency-Key')).toBe(KEY);
        created(request);
      });

      expect(outcome).toEqual(expect.objectContaining({ kind: 'done' }));
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });

    it('hands the action over only once, so a reload or Back never sends it again', async () => {
      const app = await roundTrip();

      expect(app.resume('/transactions', 'create-transaction')).not.toBeNull();
      expect(reloaded().resume('/transactions', 'create-transaction')).toBeNull();
      expect(store().current()).toBeNull();
    });

    it('stops instead of redirecting again when the API refuses the replayed request', async () => {
      const app = await roundTrip();

      const outcome = await settle(
        app.resume<unknown>('/transactions', 'create-transaction')!.outcome,
        challenge,
      );

      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason: 'still-refused' }));
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });

    it('does not replay when the new token still falls short, and says so', async () => {
      const app = await roundTrip();
      holdTokens(oktaAuth, { sub: ALICE, acr: ONE_FACTOR, auth_time: Math.floor(now / 1000) });

      const outcome = await settle(app.resume<unknown>('/transactions', 'create-transaction')!.outcome);

      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason: 'not-satisfied' }));
    });

    it.each([
      { status: 'outbound' as const, failure: undefined, reason: 'not-completed' },
      { status: 'failed' as const, failure: 'access_denied', reason: 'sign-in-failed' },
    ])('restores the form but sends nothing after a $status trip', async ({ status, failure, reason }) => {
      await settle(service().send(CREATE, CONTEXT), challenge);
      if (failure !== undefined) {
        store().fail(failure, now);
      }
      expect(store().current()?.status).toBe(status);

      const resumed = reloaded().resume<unknown>('/transactions', 'create-transaction');
      const outcome = await settle(resumed!.outcome);

      expect(resumed?.formState).toEqual(FORM);
      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason }));
    });

    it('sends nothing and hands back no form when the sign-in came back as another account', async () => {
      const app = await roundTrip();
      holdTokens(oktaAuth, { sub: '00u-bob', acr: TWO_FACTOR, auth_time: Math.floor(now / 1000) });

      const resumed = app.resume<unknown>('/transactions', 'create-transaction');
      const outcome = await settle(resumed!.outcome);

      expect(resumed?.formState).toBeUndefined();
      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason: 'account-changed' }));
      // What the first account typed and meant to send is not kept for the notice either.
      const { action } = (outcome as Extract<ActionOutcome<unknown>, { kind: 'stopped' }>).trip;
      expect(action).toEqual({
        name: 'create-transaction',
        purpose: 'create this transaction',
        request: { method: 'POST', url: '/api/transactions' },
      });
      expect(store().current()).toBeNull();
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });

    it('does not send an action that waited longer than a trip may last', async () => {
      const app = await roundTrip();
      now = START + STEP_UP_TRIP_TTL_MS;

      const outcome = await settle(app.resume<unknown>('/transactions', 'create-transaction')!.outcome);

      expect(outcome).toEqual(expect.objectContaining({ kind: 'stopped', reason: 'expired' }));
    });

    it('ignores a stored action aimed outside the app', async () => {
      const app = await roundTrip();
      const trip = store().current()!;
      remember({
        ...trip,
        action: { ...trip.action!, request: { method: 'POST', url: 'https://evil.example/' } },
      });

      expect(app.resume('/transactions', 'create-transaction')).toBeNull();
    });
  });

  describe('stepUpAgain', () => {
    it('makes one more round trip for the same action and key when the visitor asks', async () => {
      const app = await roundTrip();
      const stop = await settle(
        app.resume<unknown>('/transactions', 'create-transaction')!.outcome,
        challenge,
      );

      const again = await firstValueFrom(
        app.stepUpAgain(stop as Extract<ActionOutcome<unknown>, { kind: 'stopped' }>),
      );

      expect(again).toEqual({ kind: 'redirecting' });
      expect(oktaAuth.signInWithRedirect).toHaveBeenLastCalledWith({
        acrValues: TWO_FACTOR,
        maxAge: 300,
        originalUri: '/transactions',
      });
      expect(store().current()).toEqual(
        expect.objectContaining({
          status: 'outbound',
          sub: ALICE,
          startedAt: now,
          // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
          action: expect.objectContaining({ request: CREATE }),
        }),
      );
    });
  });

  describe('stepUpForRoute', () => {
    it('redirects for a route, remembering the page and the account but no action', async () => {
      await expect(service().stepUpForRoute('/account', { maxAge: 30 })).resolves.toBe(true);

      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
        acrValues: ONE_FACTOR,
        maxAge: 30,
        originalUri: '/account',
      });
      expect(store().current()).toEqual({
        returnUrl: '/account',
        requirement: { maxAge: 30 },
        sub: ALICE,
        startedAt: START,
        status: 'outbound',
      });
    });

    it('asks for recency alone when nobody is signed in', async () => {
      oktaAuth.isAuthenticated.mockResolvedValue(false);

      await expect(service().stepUpForRoute('/account', { maxAge: 30 })).resolves.toBe(true);

      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ maxAge: 30, originalUri: '/account' });
      expect(store().current()?.sub).toBeUndefined();
    });

    it('reports a redirect that could not start', async () => {
      oktaAuth.signInWithRedirect.mockRejectedValueOnce(new Error('Failed to fetch'));

      await expect(service().stepUpForRoute('/profile', { acrValues: [TWO_FACTOR] })).resolves.toBe(false);
      expect(store().current()).toBeNull();
    });
  });

  describe('in popup mode', () => {
    let signInWindow: { closed: boolean; close: jest.Mock<void, []> };
    let open: jest.SpyInstance<Window | null, Parameters<Window['open']>>;

    beforeEach(() => {
      mode = 'popup';
      signInWindow = { closed: false, close: jest.fn<void, []>(() => void (signInWindow.closed = true)) };
      open = jest.spyOn(window, 'open').mockReturnValue(signInWindow as unknown as Window);
      // The visitor proves the second factor in the window: okta-auth-js hands back the new tokens.
      oktaAuth.token.getWithPopup.mockImplementation(() => {
        holdTokens(oktaAuth, { sub: ALICE, acr: TWO_FACTOR, auth_time: Math.floor(now / 1000) });
        return Promise.resolve({ tokens: NEW_TOKENS });
      });
    });

    afterEach(() => open.mockRestore());

    /** Every outcome of `outcome`, answering its requests in turn with `answers`. */
    async function outcomesOf<T>(
      outcome: Observable<ActionOutcome<T>>,
      ...answers: Array<(request: TestRequest) => void>
    ): Promise<Array<ActionOutcome<T>>> {
      const all = lastValueFrom(outcome.pipe(toArray()));
      for (const answer of answers) {
        await new Promise((resolve) => setTimeout(resolve));
        answer(backend.expectOne(() => true));
      }
      return all;
    }

    const stopReason = (outcome: ActionOutcome<unknown> | undefined) =>
      outcome?.kind === 'stopped' ? outcome.reason : outcome?.kind;

    it('opens a sign-in window, stores the new tokens and sends the request once more, with the same key', async () => {
      const replayed: TestRequest[] = [];

      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge, (request) => {
        replayed.push(request);
        created(request);
      });

      expect(outcomes.map(({ kind }) => kind)).toEqual(['signing-in', 'done']);
      expect(open).toHaveBeenCalledTimes(1);
      expect(open).toHaveBeenCalledWith('about:blank', 'step-up-sign-in', 'popup,width=520,height=720');
      expect(oktaAuth.token.getWithPopup).toHaveBeenCalledWith({
        acrValues: TWO_FACTOR,
        maxAge: 300,
        popupTitle: 'step-up-sign-in',
        initialPath: 'about:blank',
        timeout: STEP_UP_TRIP_TTL_MS,
      });
      expect(oktaAuth.tokenManager.setTokens).toHaveBeenCalledWith(NEW_TOKENS);
      expect(replayed[0]?.request.headers.get('Idempotency-Key')).toBe(KEY);
      expect(replayed[0]?.request.body).toEqual(CREATE.body);
      expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
      expect(store().current()).toBeNull();
    });

    it('redirects as usual when the browser blocks the window', async () => {
      open.mockReturnValue(null);

      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge);

      expect(outcomes).toEqual([{ kind: 'redirecting' }]);
      expect(oktaAuth.token.getWithPopup).not.toHaveBeenCalled();
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
      expect(store().current()?.status).toBe('outbound');
    });

    it.each([
      {
        description: 'a window closed before the sign-in finished',
        thrown: new AuthSdkError('Unable to parse OAuth flow response'),
        reason: 'window-closed',
        failure: undefined,
      },
      {
        description: 'a sign-in cancelled at the provider',
        thrown: new OAuthError('access_denied', 'The user cancelled the sign-in.'),
        reason: 'sign-in-failed',
        failure: 'access_denied',
      },
      {
        description: 'a level the provider cannot reach',
        thrown: new OAuthError('unmet_authentication_requirements', 'phrh is not available'),
        reason: 'sign-in-failed',
        failure: 'unmet_authentication_requirements',
      },
    ])('explains $description and sends nothing more', async ({ thrown, reason, failure }) => {
      oktaAuth.token.getWithPopup.mockRejectedValue(thrown);

      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge);

      expect(outcomes.map(stopReason)).toEqual(['signing-in', reason]);
      expect((outcomes[1] as StepUpStop).trip.failure).toBe(failure);
      expect(signInWindow.close).toHaveBeenCalled();
      expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
    });

    it('gives up on a window nobody finished within a trip’s lifetime', async () => {
      oktaAuth.token.getWithPopup.mockImplementation(() => {
        now += STEP_UP_TRIP_TTL_MS;
        return Promise.reject(new AuthSdkError('OAuth flow timed out'));
      });

      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge);

      expect(outcomes.map(stopReason)).toEqual(['signing-in', 'expired']);
    });

    it('sends nothing, and keeps no draft, when the window signed in another account', async () => {
      oktaAuth.token.getWithPopup.mockImplementation(() => {
        holdTokens(oktaAuth, { sub: '00u-bob', acr: TWO_FACTOR, auth_time: Math.floor(now / 1000) });
        return Promise.resolve({ tokens: NEW_TOKENS });
      });

      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge);

      expect(outcomes.map(stopReason)).toEqual(['signing-in', 'account-changed']);
      expect((outcomes[1] as StepUpStop).trip.action).toEqual({
        name: 'create-transaction',
        purpose: 'create this transaction',
        request: { method: 'POST', url: '/api/transactions' },
      });
    });

    it('does not send the request when the new sign-in still falls short', async () => {
      oktaAuth.token.getWithPopup.mockImplementation(() => {
        holdTokens(oktaAuth, { sub: ALICE, acr: ONE_FACTOR, auth_time: Math.floor(now / 1000) });
        return Promise.resolve({ tokens: NEW_TOKENS });
      });

      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge);

      expect(outcomes.map(stopReason)).toEqual(['signing-in', 'not-satisfied']);
    });

    it('stops instead of opening another window when the API refuses the replayed request', async () => {
      const outcomes = await outcomesOf(service().send(CREATE, CONTEXT), challenge, challenge);

      expect(outcomes.map(stopReason)).toEqual(['signing-in', 'still-refused']);
      expect(open).toHaveBeenCalledTimes(1);
      expect(oktaAuth.token.getWithPopup).toHaveBeenCalledTimes(1);
    });

    it('lets a second challenge wait for the open window: one window, both requests sent again', async () => {
      let finish: () => void = () => undefined;
      oktaAuth.token.getWithPopup.mockImplementation(
        () =>
          new Promise((resolve) => {
            finish = () => {
              holdTokens(oktaAuth, { sub: ALICE, acr: TWO_FACTOR, auth_time: Math.floor(now / 1000) });
              resolve({ tokens: NEW_TOKENS });
            };
          }),
      );
      const create = lastValueFrom(service().send(CREATE, CONTEXT).pipe(toArray()));
      const list = lastValueFrom(
        service()
          .send({ method: 'GET', url: '/api/transactions' }, { name: 'list', purpose: 'list' })
          .pipe(toArray()),
      );
      await new Promise((resolve) => setTimeout(resolve));
      for (const request of backend.match(() => true)) {
        challenge(request);
      }
      await new Promise((resolve) => setTimeout(resolve));

      finish();
      await new Promise((resolve) => setTimeout(resolve));
      for (const request of backend.match(() => true)) {
        created(request);
      }

      expect((await create).map(({ kind }) => kind)).toEqual(['signing-in', 'done']);
      expect((await list).map(({ kind }) => kind)).toEqual(['signing-in', 'done']);
      expect(open).toHaveBeenCalledTimes(1);
      expect(oktaAuth.token.getWithPopup).toHaveBeenCalledTimes(1);
    });

    it('opens the window again when the visitor asks to try again', async () => {
      oktaAuth.token.getWithPopup.mockRejectedValueOnce(
        new AuthSdkError('Unable to parse OAuth flow response'),
      );
      const [, stop] = await outcomesOf(service().send(CREATE, CONTEXT), challenge);

      const again = await outcomesOf(service().stepUpAgain(stop as StepUpStop), created);

      expect(again.map(({ kind }) => kind)).toEqual(['signing-in', 'done']);
      expect(open).toHaveBeenCalledTimes(2);
    });

    it('still redirects for a guarded route, whose page is not open yet', async () => {
      await expect(service().stepUpForRoute('/profile', { acrValues: [TWO_FACTOR] })).resolves.toBe(true);

      expect(open).not.toHaveBeenCalled();
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });
  });
});
