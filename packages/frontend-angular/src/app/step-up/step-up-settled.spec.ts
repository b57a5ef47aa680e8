import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable } from 'rxjs';

import { FakeOktaAuth, holdTokens } from '../../testing/fake-okta';
import { configureStepUpTestBed } from '../../testing/step-up-test-bed';
import { STEP_UP_MODE } from './step-up-popup';
import { ActionContext, ActionOutcome, ApiRequest } from './step-up-trip';
import { StepUpService } from './step-up.service';

const NOW_MS = 1_764_410_400_000;
const CREATE: ApiRequest = { method: 'POST', url: '/api/transactions', body: { amount: '1500.00' } };
const CONTEXT: ActionContext = { name: 'create-transaction', purpose: 'create this transaction' };
const CHALLENGE =
  'Bearer realm="api", error="insufficient_user_authentication", acr_values="urn:okta:loa:2fa:any"';

describe('data-step-up on the document', () => {
  let oktaAuth: FakeOktaAuth;
  let backend: HttpTestingController;
  let popup: boolean;

  beforeEach(async () => {
    popup = false;
    ({ oktaAuth, backend } = await configureStepUpTestBed({
      url: '/transactions',
      clock: { now: () => NOW_MS },
      providers: [{ provide: STEP_UP_MODE, useFactory: () => (popup ? 'popup' : 'redirect') }],
    }));
    holdTokens(oktaAuth, { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW_MS / 1000 - 10 });
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const marker = () => document.documentElement.dataset['stepUp'];
  /** Lets promises and timers queued so far run (the token read, the interceptors). */
  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const send = (): Promise<Array<ActionOutcome<unknown>>> => {
    const outcomes: Array<ActionOutcome<unknown>> = [];
    const sent: Observable<ActionOutcome<unknown>> = TestBed.inject(StepUpService).send(CREATE, CONTEXT);
    return new Promise((resolve, reject) =>
      sent.subscribe({
        next: (outcome) => outcomes.push(outcome),
        error: reject,
        complete: () => resolve(outcomes),
      }),
    );
  };
  const challenge = () =>
    backend
      .expectOne('/api/transactions')
      .flush(null, { status: 401, statusText: 'Unauthorized', headers: { 'WWW-Authenticate': CHALLENGE } });

  it('is settled once the app is stable', async () => {
    await TestBed.inject(ApplicationRef).whenStable();

    expect(marker()).toBe('settled');
  });

  it('is busy while an action waits for the API, and settled once it is answered', async () => {
    const outcomes = send();
    await tick();

    expect(marker()).toBe('busy');
    backend.expectOne('/api/transactions').flush({ id: 'tx-1' }, { status: 201, statusText: 'Created' });
    await expect(outcomes).resolves.toEqual([expect.objectContaining({ kind: 'done' })]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(marker()).toBe('settled');
  });

  it('stays busy once the page is leaving for the provider', async () => {
    const outcomes = send();
    await tick();
    challenge();

    await expect(outcomes).resolves.toEqual([{ kind: 'redirecting' }]);
    await tick();
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    expect(marker()).toBe('busy');
  });

  it('is settled again when the redirect could not start', async () => {
    oktaAuth.signInWithRedirect.mockRejectedValue(new Error('provider unreachable'));
    const outcomes = send();
    await tick();
    challenge();

    await expect(outcomes).resolves.toEqual([
      expect.objectContaining({ kind: 'stopped', reason: 'redirect-failed' }),
    ]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(marker()).toBe('settled');
  });

  it('is busy while the sign-in window is open, and settled once it closed', async () => {
    popup = true;
    jest.spyOn(window, 'open').mockReturnValue({ closed: true, close: jest.fn() } as unknown as Window);
    let closeWindow: (error: Error) => void = () => undefined;
    oktaAuth.token.getWithPopup.mockReturnValue(new Promise((_resolve, reject) => (closeWindow = reject)));
    const outcomes = send();
    await tick();
    challenge();
    await tick();

    expect(marker()).toBe('busy');
    closeWindow(new Error('The popup window was closed'));
    await expect(outcomes).resolves.toEqual([
      { kind: 'signing-in' },
      expect.objectContaining({ kind: 'stopped', reason: 'window-closed' }),
    ]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(marker()).toBe('settled');
  });
});
