import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { JwksServer } from './support/jwks-server';
import { startTestIssuer } from './support/test-issuer';
import { startApi } from './support/test-api';
import { TokenMinter } from './support/token-minter';
import { getTransactions, postTransaction, SMALL } from './support/transaction-requests';

describe('Data across an API restart (e2e)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'api-restart-'));
  const databasePath = join(directory, 'nested', 'api.sqlite');
  let jwks: JwksServer;
  let minter: TokenMinter;
  let api: NestExpressApplication | undefined;

  beforeAll(async () => {
    ({ jwks, minter } = await startTestIssuer());
  });

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  afterAll(async () => {
    await jwks.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const boot = async (): Promise<Server> => {
    api = await startApi(jwks.issuer, { env: { DATABASE_PATH: databasePath } });
    return api.getHttpServer();
  };
  const restart = async (): Promise<Server> => {
    await api?.close();
    return boot();
  };

  it('keeps transactions, idempotency keys and messages in the database file', async () => {
    const token = await minter.mint({ sub: 'durable@example.com', acr: 'phr' });
    let server = await boot();
    const created = await postTransaction(server, token, SMALL, 'restart-key');
    const message = await request(server)
      .post('/api/messages')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: 'Still here after a restart' });
    expect([created.status, message.status]).toEqual([201, 201]);

    server = await restart();

    expect((await getTransactions(server, token)).body).toEqual([created.body]);
    const replay = await postTransaction(server, token, SMALL, 'restart-key');
    expect([replay.status, replay.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expect(replay.body).toEqual(created.body);
    const messages = await request(server).get('/api/messages').set('Authorization', `Bearer ${token}`);
    expect(messages.body).toContainEqual(message.body);
    expect(
      (messages.body as unknown[]).filter((entry) => JSON.stringify(entry) === JSON.stringify(message.body)),
    ).toHaveLength(1);
  });

  it('closes the database when the application stops, so the file can be removed', async () => {
    await boot();
    await api?.close();
    api = undefined;

    expect(() => rmSync(join(directory, 'nested'), { recursive: true })).not.toThrow();
  });
});
