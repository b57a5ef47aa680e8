import { randomInt } from 'node:crypto';

import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { normalizeEmail, type Account } from './account.js';
import type { NewAccount } from './demo-accounts.js';
import { hashPassword, verifyPassword } from './password-hash.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS accounts (
    id             TEXT PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    email_verified INTEGER NOT NULL DEFAULT 1,
    given_name     TEXT NOT NULL,
    family_name    TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     TEXT NOT NULL
  );
`;

interface AccountRow {
  id: string;
  email: string;
  email_verified: number;
  given_name: string;
  family_name: string;
  password_hash: string;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** An Okta-shaped user id: `00u` followed by 17 random base62 characters. */
export function newAccountId(): string {
  let id = '00u';
  for (let i = 0; i < 17; i += 1) {
    id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  }
  return id;
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.email_verified === 1,
    givenName: row.given_name,
    familyName: row.family_name,
  };
}

/** Accounts in SQLite (`accounts.db`), passwords stored as scrypt hashes. */
export class AccountStore {
  private readonly statements;
  /** Verified against when the email is unknown, so both answers take the same time. */
  private readonly decoyHash: Promise<string>;

  constructor(private readonly db: SqliteDatabase) {
    db.exec(SCHEMA);
    this.statements = {
      count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM accounts'),
      byId: db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?'),
      byEmail: db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE email = ?'),
      insert: db.prepare(`
        INSERT INTO accounts (id, email, email_verified, given_name, family_name, password_hash, created_at)
        VALUES (@id, @email, 1, @givenName, @familyName, @passwordHash, @createdAt)`),
    };
    this.decoyHash = hashPassword('decoy password for unknown accounts');
  }

  /** Adds the accounts when the store is empty (first start); returns how many were added. */
  async seed(accounts: readonly NewAccount[]): Promise<number> {
    if (this.statements.count.get()!.count > 0) {
      return 0;
    }
    const rows = await Promise.all(
      accounts.map(async (account) => ({
        id: newAccountId(),
        email: normalizeEmail(account.email),
        givenName: account.givenName,
        familyName: account.familyName,
        passwordHash: await hashPassword(account.password),
        createdAt: new Date().toISOString(),
      })),
    );
    this.db.transaction(() => rows.forEach((row) => this.statements.insert.run(row)))();
    return rows.length;
  }

  findById(id: string): Account | undefined {
    const row = this.statements.byId.get(id);
    return row && toAccount(row);
  }

  findByEmail(email: string): Account | undefined {
    const row = this.statements.byEmail.get(normalizeEmail(email));
    return row && toAccount(row);
  }

  /** The account when email and password match; `undefined` otherwise, in about the same time either way. */
  async verifyCredentials(email: string, password: string): Promise<Account | undefined> {
    const row = this.statements.byEmail.get(normalizeEmail(email));
    const matches = await verifyPassword(password, row?.password_hash ?? (await this.decoyHash));
    return row && matches ? toAccount(row) : undefined;
  }
}
