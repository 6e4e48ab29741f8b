import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Arbitrary constant: the advisory lock that keeps two starting processes from migrating at once. */
const MIGRATION_LOCK = 3715_0001;

export interface Migration {
  version: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({ version: file.replace(/\.sql$/, ''), sql: await fs.readFile(path.join(dir, file), 'utf8') })),
  );
}

/** Applies every migration not yet recorded, each in its own transaction; returns the versions applied. */
export async function migrate(database: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(database.db);
  const applied: string[] = [];
  for (const migration of all) {
    const ran = await database.transaction(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(tx);
      const done = await tx.selectFrom('schema_migrations').select('version')
        .where('version', '=', migration.version).executeTakeFirst();
      if (done) return false;
      await sql.raw(migration.sql).execute(tx);
      await tx.insertInto('schema_migrations').values({ version: migration.version }).execute();
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
