import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Statement } from 'better-sqlite3';
import { Clock } from '../auth/clock';
import { SqliteDatabase } from '../database/sqlite-database';
import type { Message } from './message';

/** The messages every database starts with, under ids that added messages never take. */
const SEED_MESSAGES: readonly Message[] = [
  { id: 1, text: 'I am a robot' },
  { id: 2, text: 'Hello, world!' },
  { id: 3, text: 'You proved it twice: password and a second factor.' },
  { id: 4, text: 'Sensitive things live here, so a second factor guards the door.' },
];

/** The messages board, kept in the API's database: the seed messages, then those users add, oldest first. */
@Injectable()
export class MessagesService implements OnModuleInit {
  private readonly insertSeed: Statement<[number, string]>;
  private readonly insertMessage: Statement<[string, string, number]>;
  private readonly selectAll: Statement<[], Message>;

  constructor(
    private readonly database: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    const sql = database.connection;
    this.insertSeed = sql.prepare('INSERT OR IGNORE INTO messages (id, text, created_at) VALUES (?, ?, 0)');
    this.insertMessage = sql.prepare('INSERT INTO messages (text, author, created_at) VALUES (?, ?, ?)');
    this.selectAll = sql.prepare('SELECT id, text FROM messages ORDER BY id');
  }

  onModuleInit(): void {
    this.database.transaction(() => {
      for (const { id, text } of SEED_MESSAGES) {
        this.insertSeed.run(id, text);
      }
    });
  }

  findAll(): Message[] {
    return this.selectAll.all();
  }

  /** Adds `text` (already validated) on behalf of `author`, the owner the token names (see resourceOwnerOf). */
  add(text: string, author: string): Message {
    const { lastInsertRowid } = this.insertMessage.run(text, author, this.clock.now());
    return { id: Number(lastInsertRowid), text };
  }
}
