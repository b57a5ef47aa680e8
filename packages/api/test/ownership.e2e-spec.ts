import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './support/test-app';
import { getTransactions, postTransaction, SMALL } from './support/transaction-requests';

describe('Whose data it is: the user id, not the login (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api.close());

  const payees = async (token: string) =>
    ((await getTransactions(api.server, token)).body as Array<{ payee: string }>).map(({ payee }) => payee);

  it('shows users their transactions after their login changed', async () => {
    const uid = `00u${randomUUID()}`;
    await postTransaction(api.server, await api.token({ sub: 'old-name@example.com', uid }), {
      ...SMALL,
      payee: 'Before the rename',
    });

    const afterRename = await api.token({ sub: 'new-name@example.com', uid });

    expect(await payees(afterRename)).toEqual(['Before the rename']);
  });

  it('shows the next holder of a login nothing of the previous holder', async () => {
    const login = `reused-${randomUUID()}@example.com`;
    const previous = await api.token({ sub: login, uid: `00u${randomUUID()}` });
    const created = await postTransaction(api.server, previous, { ...SMALL, payee: 'Previous holder' });
    const next = await api.token({ sub: login, uid: `00u${randomUUID()}` });
    const { id } = created.body as { id: string };

    expect(await payees(next)).toEqual([]);
    expect((await getTransactions(api.server, next, `/${id}`)).status).toBe(404);
  });

  it('keeps Idempotency-Keys per user id: the next holder of a login gets no replay of the previous one', async () => {
    const login = `keys-${randomUUID()}@example.com`;
    const key = randomUUID();
    const first = await postTransaction(
      api.server,
      await api.token({ sub: login, uid: `00u${randomUUID()}` }),
      SMALL,
      key,
    );

    const second = await postTransaction(
      api.server,
      await api.token({ sub: login, uid: `00u${randomUUID()}` }),
      SMALL,
      key,
    );

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect((second.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
  });

  it('falls back to the subject for an issuer that issues no uid, apart from any user id', async () => {
    const subject = `00u${randomUUID()}`;
    await postTransaction(api.server, await api.token({ sub: subject }), { ...SMALL, payee: 'By subject' });

    expect(await payees(await api.token({ sub: 'someone@example.com', uid: subject }))).toEqual([]);
    expect(await payees(await api.token({ sub: subject }))).toEqual(['By subject']);
  });

  it.each([
    { description: 'a number', uid: 42 },
    { description: 'empty', uid: '' },
  ])('refuses a token whose uid is $description as invalid_token', async ({ uid }) => {
    const response = await getTransactions(api.server, await api.token({ uid: uid }));

    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'The access token claim uid is not a user id',
    });
  });
});
