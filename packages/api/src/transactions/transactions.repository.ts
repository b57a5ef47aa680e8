import { Injectable } from '@nestjs/common';
import type { Statement } from 'better-sqlite3';
import { SqliteDatabase } from '../database/sqlite-database';
import type { CurrencyCode } from '../money/currencies';
import type { Transaction } from './transaction';

interface TransactionRow {
  id: string;
  owner: string;
  amount_minor_units: number;
  currency: CurrencyCode;
  payee: string;
  memo: string | null;
  created_at: number;
}

const COLUMNS = 'id, owner, amount_minor_units, currency, payee, memo, created_at';

/** Transactions in the API's SQLite database, always looked up by their owner. */
@Injectable()
export class TransactionsRepository {
  private readonly insertRow: Statement<[TransactionRow]>;
  private readonly selectOwn: Statement<[string], TransactionRow>;
  private readonly selectOne: Statement<[string, string], TransactionRow>;

  constructor(database: SqliteDatabase) {
    const sql = database.connection;
    this.insertRow = sql.prepare(
      `INSERT INTO transactions (${COLUMNS})
       VALUES (@id, @owner, @amount_minor_units, @currency, @payee, @memo, @created_at)`,
    );
    this.selectOwn = sql.prepare(
      `SELECT ${COLUMNS} FROM transactions WHERE owner = ? ORDER BY created_at DESC, seq DESC`,
    );
    this.selectOne = sql.prepare(`SELECT ${COLUMNS} FROM transactions WHERE owner = ? AND id = ?`);
  }

  insert(transaction: Transaction): void {
    this.insertRow.run({
      id: transaction.id,
      owner: transaction.owner,
      amount_minor_units: transaction.amount.minorUnits,
      currency: transaction.amount.currency,
      payee: transaction.payee,
      memo: transaction.memo,
      created_at: transaction.createdAt,
    });
  }

  /** `owner`'s transactions, newest first; those created in the same millisecond, last written first. */
  listOwnedBy(owner: string): Transaction[] {
    return this.selectOwn.all(owner).map(transactionOf);
  }

  /** The transaction `id` if `owner` owns it; another owner's transaction is as absent as none. */
  findOwnedBy(owner: string, id: string): Transaction | undefined {
    const row = this.selectOne.get(owner, id);
    return row === undefined ? undefined : transactionOf(row);
  }
}

function transactionOf(row: TransactionRow): Transaction {
  return {
    id: row.id,
    owner: row.owner,
    amount: { minorUnits: row.amount_minor_units, currency: row.currency },
    payee: row.payee,
    memo: row.memo,
    createdAt: row.created_at,
  };
}
