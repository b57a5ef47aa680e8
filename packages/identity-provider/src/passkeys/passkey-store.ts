import type { SqliteDatabase } from '../storage/sqlite-database.js';

/** Transports an authenticator may report (WebAuthn `AuthenticatorTransport`), kept to hint later sign-ins. */
export const KNOWN_TRANSPORTS = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;
export type PasskeyTransport = (typeof KNOWN_TRANSPORTS)[number];

/** A passkey registered to one account. */
export interface Passkey {
  /** Credential id, base64url. */
  readonly id: string;
  readonly accountId: string;
  /** The credential's COSE public key. */
  readonly publicKey: Uint8Array<ArrayBuffer>;
  /** The authenticator's signature counter at the last use (0 for authenticators that keep none). */
  readonly signCount: number;
  readonly transports: readonly PasskeyTransport[];
  readonly createdAt: string;
  readonly lastUsedAt: string | undefined;
}

export type NewPasskey = Omit<Passkey, 'createdAt' | 'lastUsedAt'>;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS passkeys (
    id           TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    public_key   BLOB NOT NULL,
    sign_count   INTEGER NOT NULL,
    transports   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
  );
  CREATE INDEX IF NOT EXISTS passkeys_by_account ON passkeys (account_id);
`;

interface PasskeyRow {
  id: string;
  account_id: string;
  public_key: Buffer;
  sign_count: number;
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

function readTransports(json: string): PasskeyTransport[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? KNOWN_TRANSPORTS.filter((transport) => parsed.includes(transport)) : [];
}

function toPasskey(row: PasskeyRow): Passkey {
  return {
    id: row.id,
    accountId: row.account_id,
    publicKey: new Uint8Array(row.public_key),
    signCount: row.sign_count,
    transports: readTransports(row.transports),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at ?? undefined,
  };
}

/** Passkeys in the accounts database (`accounts.db`): each bound to one account, kept across restarts. */
export class PasskeyStore {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    db.exec(SCHEMA);
    this.statements = {
      byId: db.prepare<[string], PasskeyRow>('SELECT * FROM passkeys WHERE id = ?'),
      byAccount: db.prepare<[string], PasskeyRow>(
        'SELECT * FROM passkeys WHERE account_id = ? ORDER BY created_at, id',
      ),
      insert: db.prepare(`
        INSERT INTO passkeys (id, account_id, public_key, sign_count, transports, created_at)
        VALUES (@id, @accountId, @publicKey, @signCount, @transports, @createdAt)
        ON CONFLICT (id) DO NOTHING`),
      recordUse: db.prepare(`
        UPDATE passkeys SET sign_count = @signCount, last_used_at = @usedAt
        WHERE id = @id AND (sign_count < @signCount OR (sign_count = 0 AND @signCount = 0))`),
    };
  }

  /** Stores a new passkey; `false` (nothing stored) when a passkey with that credential id exists already. */
  add(passkey: NewPasskey, createdAt: Date): boolean {
    const result = this.statements.insert.run({
      id: passkey.id,
      accountId: passkey.accountId,
      publicKey: Buffer.from(passkey.publicKey),
      signCount: passkey.signCount,
      transports: JSON.stringify(passkey.transports),
      createdAt: createdAt.toISOString(),
    });
    return result.changes === 1;
  }

  findById(id: string): Passkey | undefined {
    const row = this.statements.byId.get(id);
    return row && toPasskey(row);
  }

  forAccount(accountId: string): Passkey[] {
    return this.statements.byAccount.all(accountId).map(toPasskey);
  }

  hasPasskey(accountId: string): boolean {
    return this.statements.byAccount.get(accountId) !== undefined;
  }

  /**
   * Records a successful sign-in: the new signature counter and the time. Only a counter that moved forward (or
   * one that stays 0, for authenticators that keep none) is written; `false` means it would have gone backwards.
   */
  recordUse(id: string, signCount: number, usedAt: Date): boolean {
    return this.statements.recordUse.run({ id, signCount, usedAt: usedAt.toISOString() }).changes === 1;
  }
}
