import { Injectable } from '@nestjs/common';
import type { Statement } from 'better-sqlite3';
import { SqliteDatabase } from '../database/sqlite-database';
import type { CurrencyCode } from '../money/currencies';
import type { Transaction } from './transaction';

interface TransactionRow {
  id: string;
  subject: string;
  amount_minor_units: number;
  currency: CurrencyCode;
  payee: string;
  memo: string | null;
  created_at: number;
}

const COLUMNS = 'id, subject, amount_minor_units, currency, payee, memo, created_at';

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
       VALUES (@id, @subject, @amount_minor_units, @currency, @payee, @memo, @created_at)`,
    );
    this.selectOwn = sql.prepare(
      `SELECT ${COLUMNS} FROM transactions WHERE subject = ? ORDER BY created_at DESC, seq DESC`,
    );
    this.selectOne = sql.prepare(`SELECT ${COLUMNS} FROM transactions WHERE subject = ? AND id = ?`);
  }

  insert(transaction: Transaction): void {
    this.insertRow.run({
      id: transaction.id,
      subject: transaction.subject,
      amount_minor_units: transaction.amount.minorUnits,
      currency: transaction.amount.currency,
      payee: transaction.payee,
      memo: transaction.memo,
      created_at: transaction.createdAt,
    });
  }

  /** `subject`'s transactions, newest first; those created in the same millisecond, last written first. */
  listOwnedBy(subject: string): Transaction[] {
    return this.selectOwn.all(subject).map(transactionOf);
  }

  /** The transaction `id` if `subject` owns it; another subject's transaction is as absent as none. */
  findOwnedBy(subject: string, id: string): Transaction | undefined {
    const row = this.selectOne.get(subject, id);
    return row === undefined ? undefined : transactionOf(row);
  }
}

function transactionOf(row: TransactionRow): Transaction {
  return {
    id: row.id,
    subject: row.subject,
    amount: { minorUnits: row.amount_minor_units, currency: row.currency },
    payee: row.payee,
    memo: row.memo,
    createdAt: row.created_at,
  };
}
