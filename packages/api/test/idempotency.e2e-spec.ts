import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { TransactionRecordingHooks } from '../src/transactions/transaction-recording.hooks';
import { HeldRecordingHooks } from './support/held-recording-hooks';
import { startTestApp, type TestApp } from './support/test-app';
import { expectStepUp, TWO_FACTORS_NEEDED } from './support/step-up-answers';
import { PASSWORD } from './support/token-minter';
import { getTransactions, LARGE, postTransaction, SMALL } from './support/transaction-requests';

describe('Exactly-once transactions with Idempotency-Key (e2e)', () => {
  let api: TestApp;
  const hooks = new HeldRecordingHooks();

  beforeAll(async () => {
    api = await startTestApp({
      override: (builder) => builder.overrideProvider(TransactionRecordingHooks).useValue(hooks),
    });
  });

  afterEach(() => hooks.releaseAll());

  afterAll(() => api.close());

  /** A subject of its own for each test, so that their keys and transactions never meet. */
  const freshToken = (claims: Record<string, unknown> = {}) =>
    api.token({ sub: `user-${randomUUID()}@example.com`, ...claims });

  it('answers a repeated request with the transaction created first: same status, same body, one transaction', async () => {
    const token = await freshToken();
    const key = randomUUID();

    const first = await postTransaction(api.server, token, SMALL, key);
    const again = await postTransaction(api.server, token, SMALL, key);

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['location']).toBe(first.headers['location']);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect((await getTransactions(api.server, token)).body).toEqual([first.body]);
  });

  it('treats the same amount written differently as the same request', async () => {
    const token = await freshToken();
    const key = randomUUID();

    const first = await postTransaction(api.server, token, { ...SMALL, amount: '25.00' }, key);
    const again = await postTransaction(api.server, token, { ...SMALL, amount: 25 }, key);

    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('answers 422 to the same key with a different body, and creates nothing more', async () => {
    const token = await freshToken();
    const key = randomUUID();
    const first = await postTransaction(api.server, token, SMALL, key);

    const different = await postTransaction(api.server, token, { ...SMALL, amount: '26.00' }, key);

    expect(different.status).toBe(422);
    expect(different.body).toEqual({
      error: 'idempotency_key_reused',
      error_description:
        'This Idempotency-Key was already used with a different request; use a new key for a new request',
    });
    expect((await getTransactions(api.server, token)).body).toEqual([first.body]);
  });

  it('answers 409 to a duplicate sent while the first request is still in flight', async () => {
    const token = await freshToken();
    const key = randomUUID();
    hooks.holding = true;

    const first = postTransaction(api.server, token, SMALL, key).then((response) => response);
    await hooks.arrival();
    const duplicate = await postTransaction(api.server, token, SMALL, key);
    hooks.releaseAll();
    const original = await first;

    expect(duplicate.status).toBe(409);
    expect(duplicate.headers['retry-after']).toBe('1');
    expect(duplicate.body).toEqual({
      error: 'idempotency_key_in_use',
      error_description: 'A request with this Idempotency-Key is still being processed; retry it shortly',
    });
    expect(original.status).toBe(201);
    const retry = await postTransaction(api.server, token, SMALL, key);
    expect([retry.status, retry.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expect((await getTransactions(api.server, token)).body).toEqual([original.body]);
  });

  it('creates exactly one transaction from five identical requests sent at once', async () => {
    const token = await freshToken();
    const key = randomUUID();
    hooks.holding = true;

    const requests = Array.from({ length: 5 }, () =>
      postTransaction(api.server, token, SMALL, key).then((r) => r),
    );
    await hooks.arrival();
    await settled(requests, 4);
    hooks.releaseAll();
    const responses = await Promise.all(requests);

    expect(responses.map(({ status }) => status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await getTransactions(api.server, token)).body).toHaveLength(1);
  });

  it('frees the key when recording fails, so that a retry with it succeeds', async () => {
    const token = await freshToken();
    const key = randomUUID();
    const failure = new Error('the ledger is down');
    hooks.failNext(failure);
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

    const failed = await postTransaction(api.server, token, SMALL, key);
    const failureLog = [...logged.mock.calls];
    logged.mockRestore();
    const retry = await postTransaction(api.server, token, SMALL, key);

    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({
      error: 'internal_server_error',
      error_description: 'The server failed to answer the request',
    });
    expect(failureLog).toEqual([['Request failed', failure.stack]]);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect((await getTransactions(api.server, token)).body).toEqual([retry.body]);
  });

  it('keeps keys per user: another user’s same key creates that user’s own transaction', async () => {
    const alice = await freshToken();
    const bob = await freshToken();
    const key = randomUUID();

    const alices = await postTransaction(api.server, alice, SMALL, key);
    const bobs = await postTransaction(api.server, bob, { ...SMALL, amount: '99.00' }, key);

    expect(bobs.status).toBe(201);
    expect(bobs.headers['idempotent-replayed']).toBeUndefined();
    expect((bobs.body as { id: string }).id).not.toBe((alices.body as { id: string }).id);
    expect((await getTransactions(api.server, alice)).body).toEqual([alices.body]);
  });

  it('challenges a one-factor replay of a completed large transaction instead of returning it', async () => {
    const sub = `user-${randomUUID()}@example.com`;
    const key = randomUUID();
    const created = await postTransaction(api.server, await api.token({ sub }), LARGE, key);

    const weakReplay = await postTransaction(api.server, await api.token({ sub, acr: PASSWORD }), LARGE, key);
    const weakReuse = await postTransaction(
      api.server,
      await api.token({ sub, acr: PASSWORD }),
      { ...LARGE, amount: '3000.00' },
      key,
    );

    expect(created.status).toBe(201);
    expectStepUp(weakReplay, TWO_FACTORS_NEEDED);
    expect(weakReuse.status).toBe(401);
  });

  it('lets the SPA replay a large transaction after stepping up: challenged first, created once on replay', async () => {
    const sub = `user-${randomUUID()}@example.com`;
    const key = randomUUID();
    const oneFactor = await api.token({ sub, acr: PASSWORD });

    const challenged = await postTransaction(api.server, oneFactor, LARGE, key);
    const afterStepUp = await postTransaction(api.server, await api.token({ sub }), LARGE, key);
    const replayed = await postTransaction(api.server, await api.token({ sub }), LARGE, key);

    expect(challenged.status).toBe(401);
    expect(afterStepUp.status).toBe(201);
    expect(afterStepUp.headers['idempotent-replayed']).toBeUndefined();
    expect([replayed.status, replayed.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expect(replayed.body).toEqual(afterStepUp.body);
    expect((await getTransactions(api.server, oneFactor)).body).toEqual([afterStepUp.body]);
  });
});

/** Resolves once `count` of `promises` have settled, whichever they are. */
function settled(promises: Array<Promise<unknown>>, count: number): Promise<void> {
  let done = 0;
  return new Promise((resolve) => {
    const onSettled = () => {
      done += 1;
      if (done === count) {
        resolve();
      }
    };
    for (const promise of promises) {
      promise.then(onSettled, onSettled);
    }
  });
}
