import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';

import { StepUpStore } from '../step-up/step-up.store';
import { FakeOktaAuth, holdTokens } from '../../testing/fake-okta';
import { afterRedirect, configureStepUpTestBed } from '../../testing/step-up-test-bed';
import { TransactionDraft } from './transaction-draft';
import { TransactionsService } from './transactions.service';

const NOW_MS = 1_764_410_400_000;
const KEY = '7f1c9a2e-5b7d-4c1e-9f0a-2d3b4c5d6e7f';
const DRAFT: TransactionDraft = { amount: '1500.00', currency: 'EUR', payee: ' Acme Rentals ', memo: '' };
const CREATED = {
  id: 'tx-1',
  amount: '1500.00',
  currency: 'EUR',
  payee: 'Acme Rentals',
  memo: null,
  createdAt: '2026-11-29T10:00:00.000Z',
};
const CHALLENGE =
  'Bearer realm="api", error="insufficient_user_authentication", acr_values="urn:okta:loa:2fa:any", max_age="300"';

describe('TransactionsService', () => {
  let oktaAuth: FakeOktaAuth;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ oktaAuth, backend } = await configureStepUpTestBed({
      url: '/transactions',
      clock: { now: () => NOW_MS },
    }));
  });

  afterEach(() => backend.verify());

  /** The service of the app as loaded afresh after the redirect back from the provider. */
  const reloaded = () => afterRedirect(TransactionsService);
  const settled = () => new Promise((resolve) => setTimeout(resolve));

  it('lists the transactions, newest first as the API sends them', async () => {
    const states = lastValueFrom(TestBed.inject(TransactionsService).list().pipe(toArray()));
    backend.expectOne({ method: 'GET', url: '/api/transactions' }).flush([CREATED]);

    await expect(states).resolves.toEqual([
      { status: 'loading' },
      { status: 'loaded', transactions: [CREATED] },
    ]);
  });

  it('creates a transaction with its Idempotency-Key and a trimmed body', async () => {
    const outcome = firstValueFrom(TestBed.inject(TransactionsService).create(DRAFT, KEY));
    const request = backend.expectOne({ method: 'POST', url: '/api/transactions' });
    expect(request.request.headers.get('Idempotency-Key')).toBe(KEY);
    expect(request.request.body).toEqual({ amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals' });
    request.flush(CREATED, { status: 201, statusText: 'Created' });

    await expect(outcome).resolves.toEqual(expect.objectContaining({ kind: 'done' }));
  });

  it('after a step-up, hands back the form as typed and replays the creation with the same key', async () => {
    holdTokens(oktaAuth, { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW_MS / 1000 - 60 });
    const leaving = firstValueFrom(TestBed.inject(TransactionsService).create(DRAFT, KEY));
    backend
      .expectOne({ method: 'POST', url: '/api/transactions' })
      .flush(null, { status: 401, statusText: 'Unauthorized', headers: { 'WWW-Authenticate': CHALLENGE } });
    await expect(leaving).resolves.toEqual({ kind: 'redirecting' });
    TestBed.inject(StepUpStore).arrive('/transactions');
    holdTokens(oktaAuth, { acr: 'urn:okta:loa:2fa:any', auth_time: NOW_MS / 1000 - 5 });

    const resumed = reloaded().resumeCreation();
    expect(resumed?.formState).toEqual({ draft: DRAFT, idempotencyKey: KEY });
    const outcome = firstValueFrom(resumed!.outcome);
    await settled();
    const replay = backend.expectOne({ method: 'POST', url: '/api/transactions' });
    expect(replay.request.headers.get('Idempotency-Key')).toBe(KEY);
    replay.flush(CREATED, { status: 201, statusText: 'Created' });

    await expect(outcome).resolves.toEqual(expect.objectContaining({ kind: 'done' }));
    expect(reloaded().resumeCreation()).toBeNull();
  });

  it('has nothing to resume on a plain visit', () => {
    expect(TestBed.inject(TransactionsService).resumeCreation()).toBeNull();
  });
});
