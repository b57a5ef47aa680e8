import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type { JwksServer } from './support/jwks-server';
import { startTestIssuer } from './support/test-issuer';
import { startApi } from './support/test-api';
import type { TokenMinter } from './support/token-minter';
import { getTransactions, postTransaction, SMALL } from './support/transaction-requests';

describe('Whose data it is: the user id, not the login (e2e)', () => {
  let jwks: JwksServer;
  let api: NestExpressApplication;
  let server: Server;
  let minter: TokenMinter;

  beforeAll(async () => {
    ({ jwks, minter } = await startTestIssuer());
    api = await startApi(jwks.issuer);
    server = api.getHttpServer();
  });

  afterAll(async () => {
    await api.close();
    await jwks.close();
  });

  const payees = async (token: string) =>
    ((await getTransactions(server, token)).body as Array<{ payee: string }>).map(({ payee }) => payee);

  it('shows users their transactions after their login changed', async () => {
    const uid = `00u${randomUUID()}`;
    await postTransaction(server, await minter.mint({ sub: 'old-name@example.com', uid }), {
      ...SMALL,
      payee: 'Before the rename',
    });

    const afterRename = await minter.mint({ sub: 'new-name@example.com', uid });

    expect(await payees(afterRename)).toEqual(['Before the rename']);
  });

  it('shows the next holder of a login nothing of the previous holder', async () => {
    const login = `reused-${randomUUID()}@example.com`;
    const previous = await minter.mint({ sub: login, uid: `00u${randomUUID()}` });
    const created = await postTransaction(server, previous, { ...SMALL, payee: 'Previous holder' });
    const next = await minter.mint({ sub: login, uid: `00u${randomUUID()}` });

    expect(await payees(next)).toEqual([]);
    expect((await getTransactions(server, next, `/${(created.body as { id: string }).id}`)).status).toBe(404);
  });

  it('keeps Idempotency-Keys per user id: the next holder of a login gets no replay of the previous one', async () => {
    const login = `keys-${randomUUID()}@example.com`;
    const key = randomUUID();
    const first = await postTransaction(
      server,
      await minter.mint({ sub: login, uid: `00u${randomUUID()}` }),
      SMALL,
      key,
    );

    const second = await postTransaction(
      server,
      await minter.mint({ sub: login, uid: `00u${randomUUID()}` }),
      SMALL,
      key,
    );

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect((second.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
  });

  it('falls back to the subject for an issuer that issues no uid, apart from any user id', async () => {
    const subject = `00u${randomUUID()}`;
    await postTransaction(server, await minter.mint({ sub: subject }), { ...SMALL, payee: 'By subject' });

    expect(await payees(await minter.mint({ sub: 'someone@example.com', uid: subject }))).toEqual([]);
    expect(await payees(await minter.mint({ sub: subject }))).toEqual(['By subject']);
  });

  it.each([
    { description: 'a number', uid: 42 },
    { description: 'empty', uid: '' },
  ])('refuses a token whose uid is $description as invalid_token', async ({ uid }) => {
    const response = await getTransactions(server, await minter.mint({ uid: uid }));

    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'The access token claim uid is not a user id',
    });
  });
});
