import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from 'step-up/testing';

import { SqliteAdapterStore } from './sqlite-adapter.js';
import { openSqliteDatabase, type SqliteDatabase } from './sqlite-database.js';

describe('SqliteAdapterStore', () => {
  let dir: string;
  let db: SqliteDatabase;
  let clock: ManualClock;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'idp-adapter-'));
    db = openSqliteDatabase(join(dir, 'oidc.db'));
    clock = new ManualClock(Date.UTC(2025, 0, 1, 12, 0, 0));
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds what it stored, per model', async () => {
    const store = new SqliteAdapterStore(db, clock);
    await store.adapterFor('Session').upsert('s1', { accountId: 'u1', uid: 'uid-1' }, 60);

    await expect(store.adapterFor('Session').find('s1')).resolves.toEqual({ accountId: 'u1', uid: 'uid-1' });
    await expect(store.adapterFor('Grant').find('s1')).resolves.toBeUndefined();
  });

  it('replaces the payload on a second upsert', async () => {
    const adapter = new SqliteAdapterStore(db, clock).adapterFor('Grant');
    await adapter.upsert('g1', { accountId: 'u1', scope: 'openid' }, 60);
    await adapter.upsert('g1', { accountId: 'u1', scope: 'openid email' }, 60);

    await expect(adapter.find('g1')).resolves.toEqual({ accountId: 'u1', scope: 'openid email' });
  });

  it('hides a record once its lifetime has passed, and removes it on cleanup', async () => {
    const store = new SqliteAdapterStore(db, clock);
    const adapter = store.adapterFor('AuthorizationCode');
    await adapter.upsert('c1', { grantId: 'g1' }, 60);

    clock.advance(59_000);
    await expect(adapter.find('c1')).resolves.toEqual({ grantId: 'g1' });
    clock.advance(1_000);
    await expect(adapter.find('c1')).resolves.toBeUndefined();
    expect(store.removeExpired()).toBe(1);
  });

  it('keeps records stored without a lifetime', async () => {
    const store = new SqliteAdapterStore(db, clock);
    await store.adapterFor('Client').upsert('c1', { client_id: 'c1' });
    clock.advance(365 * 24 * 3600 * 1000);

    await expect(store.adapterFor('Client').find('c1')).resolves.toEqual({ client_id: 'c1' });
    expect(store.removeExpired()).toBe(0);
  });

  it('marks a record consumed with the consumption time', async () => {
    const adapter = new SqliteAdapterStore(db, clock).adapterFor('AuthorizationCode');
    await adapter.upsert('c1', { grantId: 'g1' }, 60);
    await adapter.consume('c1');

    await expect(adapter.find('c1')).resolves.toEqual({ grantId: 'g1', consumed: clock.now() / 1000 });
  });

  it('finds sessions by uid and device codes by user code', async () => {
    const store = new SqliteAdapterStore(db, clock);
    await store.adapterFor('Session').upsert('s1', { uid: 'uid-1', accountId: 'u1' }, 60);
    await store.adapterFor('DeviceCode').upsert('d1', { userCode: 'ABCD-EFGH' }, 60);

    await expect(store.adapterFor('Session').findByUid('uid-1')).resolves.toEqual({
      uid: 'uid-1',
      accountId: 'u1',
    });
    await expect(store.adapterFor('Session').findByUid('uid-2')).resolves.toBeUndefined();
    await expect(store.adapterFor('DeviceCode').findByUserCode('ABCD-EFGH')).resolves.toEqual({
      userCode: 'ABCD-EFGH',
    });
  });

  it('destroys one record and revokes every record of a grant in one model', async () => {
    const store = new SqliteAdapterStore(db, clock);
    const refreshTokens = store.adapterFor('RefreshToken');
    await refreshTokens.upsert('r1', { grantId: 'g1' }, 60);
    await refreshTokens.upsert('r2', { grantId: 'g1' }, 60);
    await refreshTokens.upsert('r3', { grantId: 'g2' }, 60);
    await store.adapterFor('AuthorizationCode').upsert('c1', { grantId: 'g1' }, 60);

    await refreshTokens.revokeByGrantId('g1');
    await refreshTokens.destroy('r3');

    await expect(refreshTokens.find('r1')).resolves.toBeUndefined();
    await expect(refreshTokens.find('r2')).resolves.toBeUndefined();
    await expect(refreshTokens.find('r3')).resolves.toBeUndefined();
    await expect(store.adapterFor('AuthorizationCode').find('c1')).resolves.toEqual({ grantId: 'g1' });
  });

  it('keeps records across a reopened database file', async () => {
    await new SqliteAdapterStore(db, clock).adapterFor('Session').upsert('s1', { accountId: 'u1' }, 60);
    db.close();
    db = openSqliteDatabase(join(dir, 'oidc.db'));

    await expect(new SqliteAdapterStore(db, clock).adapterFor('Session').find('s1')).resolves.toEqual({
      accountId: 'u1',
    });
  });
});
