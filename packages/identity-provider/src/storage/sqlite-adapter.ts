import type { Adapter, AdapterPayload } from 'oidc-provider';
import { type Clock, epochSeconds } from 'step-up';

import type { SqliteDatabase } from './sqlite-database.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS oidc_models (
    model      TEXT    NOT NULL,
    id         TEXT    NOT NULL,
    payload    TEXT    NOT NULL,
    grant_id   TEXT,
    uid        TEXT,
    user_code  TEXT,
    expires_at INTEGER,
    PRIMARY KEY (model, id)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS oidc_models_grant_id ON oidc_models (model, grant_id) WHERE grant_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_models_uid ON oidc_models (model, uid) WHERE uid IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_models_user_code ON oidc_models (model, user_code) WHERE user_code IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_models_expires_at ON oidc_models (expires_at) WHERE expires_at IS NOT NULL;
`;

interface Row {
  payload: string;
}

/**
 * oidc-provider persistence in one SQLite table keyed by (model, id): sessions, interactions, grants,
 * authorization codes and refresh tokens survive a restart. Expired rows are invisible to reads and are
 * removed by {@link SqliteAdapterStore.removeExpired}.
 */
export class SqliteAdapterStore {
  private readonly statements;

  constructor(
    db: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    db.exec(SCHEMA);
    const live = '(expires_at IS NULL OR expires_at > @now)';
    this.statements = {
      upsert: db.prepare(`
        INSERT INTO oidc_models (model, id, payload, grant_id, uid, user_code, expires_at)
        VALUES (@model, @id, @payload, @grantId, @uid, @userCode, @expiresAt)
        ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
          uid = excluded.uid, user_code = excluded.user_code, expires_at = excluded.expires_at`),
      find: db.prepare<{ model: string; id: string; now: number }, Row>(
        `SELECT payload FROM oidc_models WHERE model = @model AND id = @id AND ${live}`,
      ),
      findByUid: db.prepare<{ model: string; uid: string; now: number }, Row>(
        `SELECT payload FROM oidc_models WHERE model = @model AND uid = @uid AND ${live}`,
      ),
      findByUserCode: db.prepare<{ model: string; userCode: string; now: number }, Row>(
        `SELECT payload FROM oidc_models WHERE model = @model AND user_code = @userCode AND ${live}`,
      ),
      consume: db.prepare(
        `UPDATE oidc_models SET payload = json_set(payload, '$.consumed', @now) WHERE model = @model AND id = @id`,
      ),
      destroy: db.prepare('DELETE FROM oidc_models WHERE model = @model AND id = @id'),
      revokeByGrantId: db.prepare('DELETE FROM oidc_models WHERE model = @model AND grant_id = @grantId'),
      removeExpired: db.prepare(
        'DELETE FROM oidc_models WHERE expires_at IS NOT NULL AND expires_at <= @now',
      ),
    };
  }

  /** The adapter for one oidc-provider model ("Session", "Grant", "RefreshToken", …). */
  adapterFor(model: string): Adapter {
    const { statements, clock } = this;
    const now = () => epochSeconds(clock);
    const parse = (row: Row | undefined): AdapterPayload | undefined =>
      row === undefined ? undefined : (JSON.parse(row.payload) as AdapterPayload);

    // The statements run synchronously; `async` keeps the Adapter contract: a failing statement rejects.
    /* eslint-disable @typescript-eslint/require-await -- see above */
    return {
      async upsert(id, payload, expiresIn) {
        statements.upsert.run({
          model,
          id,
          payload: JSON.stringify(payload),
          grantId: payload.grantId ?? null,
          uid: payload.uid ?? null,
          userCode: payload.userCode ?? null,
          expiresAt: typeof expiresIn === 'number' ? now() + expiresIn : null,
        });
      },
      async find(id) {
        return parse(statements.find.get({ model, id, now: now() }));
      },
      async findByUid(uid) {
        return parse(statements.findByUid.get({ model, uid, now: now() }));
      },
      async findByUserCode(userCode) {
        return parse(statements.findByUserCode.get({ model, userCode, now: now() }));
      },
      async consume(id) {
        statements.consume.run({ model, id, now: now() });
      },
      async destroy(id) {
        statements.destroy.run({ model, id });
      },
      async revokeByGrantId(grantId) {
        statements.revokeByGrantId.run({ model, grantId });
      },
    };
    /* eslint-enable @typescript-eslint/require-await */
  }

  /** Deletes rows whose lifetime has ended; returns how many. */
  removeExpired(): number {
    return this.statements.removeExpired.run({ now: epochSeconds(this.clock) }).changes;
  }
}
