import { sql, type Insertable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import { jsonRowsSource } from '../../db/json-rows.ts';
import type { DeclarationsTable } from '../../db/schema.ts';

const DECLARATION_COLUMNS = [
  'id', 'checkpoint_id', 'grid_code', 'declared_at', 'name', 'phone_cipher', 'phone_index', 'phone_masked',
  'id_number_cipher', 'id_number_masked', 'direction', 'temperature', 'symptoms', 'key_area_travel', 'case_contact',
  'result', 'warning_id',
] as const satisfies readonly (keyof DeclarationsTable)[];

/** One statement for the whole batch; answers the ids actually stored (a retried id is already there). */
export async function insertDeclarations(tx: Queryable, rows: Insertable<DeclarationsTable>[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const source = jsonRowsSource('declarations', DECLARATION_COLUMNS, rows);
  const inserted = await sql<{ id: string }>`INSERT INTO declarations ${source.columns} ${source.select} ON CONFLICT (id) DO NOTHING RETURNING id`.execute(tx);
  return new Set(inserted.rows.map((r) => r.id));
}

/** What was answered the first time, for retries of declarations stored by an earlier batch. */
export async function storedAnswers(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('declarations as d').innerJoin('checkpoints as c', 'c.id', 'd.checkpoint_id')
    .select(['d.id', 'd.result', 'd.declared_at', 'c.name as checkpoint_name']).where('d.id', 'in', ids).execute();
}

/** Open warnings of these phones whose last declaration is recent enough to be updated. */
export async function openWarningsSince(tx: Queryable, phoneIndexes: string[], since: Date) {
  if (phoneIndexes.length === 0) return [];
  return tx.selectFrom('warnings').select(['id', 'phone_index', 'level', 'reasons'])
    .where('status', '=', 'open').where('phone_index', 'in', phoneIndexes).where('last_declared_at', '>=', since)
    .orderBy('last_declared_at', 'desc').execute();
}

export interface WarningUpdate {
  id: string;
  level: string;
  reasons: string[];
  count: number;
  maxTemperature: number;
  lastDeclaredAt: Date;
  lastDeclarationId: string;
}

export async function addToWarning(tx: Queryable, u: WarningUpdate): Promise<void> {
  await tx.updateTable('warnings').set({
    level: u.level,
    reasons: sql<string[]>`ARRAY(SELECT DISTINCT unnest(reasons || ${sql.val(u.reasons)}::text[]))`,
    declaration_count: sql`declaration_count + ${u.count}`,
    max_temperature: sql`greatest(max_temperature, ${u.maxTemperature})`,
    last_declared_at: sql`greatest(last_declared_at, ${u.lastDeclaredAt})`,
    last_declaration_id: u.lastDeclarationId,
  }).where('id', '=', u.id).execute();
}
