import { sql, type Insertable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { DeclarationsTable } from '../../db/schema.ts';

/** Multi-row insert; answers the ids actually stored (a retried id is already there). */
export async function insertDeclarations(tx: Queryable, rows: Insertable<DeclarationsTable>[]): Promise<Set<string>> {
  const stored = new Set<string>();
  // ~17 parameters a row: 1,000 rows stay well under PostgreSQL's 65,535.
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx.insertInto('declarations').values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
    for (const r of inserted) stored.add(r.id);
  }
  return stored;
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
