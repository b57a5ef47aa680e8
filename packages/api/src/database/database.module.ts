import { Global, Module } from '@nestjs/common';
import { SqliteDatabase } from './sqlite-database';

/** The one SQLite database, available to every feature module. */
@Global()
@Module({ providers: [SqliteDatabase], exports: [SqliteDatabase] })
export class DatabaseModule {}
