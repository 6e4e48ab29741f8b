import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { WarningsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';

export type WarningRow = Selectable<WarningsTable> & { grid_name: string; checkpoint_name: string; verifier_name: string | null };

function base(db: Queryable) {
  return db.selectFrom('warnings as w')
    .innerJoin('regions as g', 'g.code', 'w.grid_code')
    .innerJoin('checkpoints as c', 'c.id', 'w.checkpoint_id')
    .leftJoin('users as u', 'u.id', 'w.verified_by')
    .selectAll('w').select(['g.name as grid_name', 'c.name as checkpoint_name', 'u.display_name as verifier_name']);
}

export async function findWarning(db: Queryable, id: string): Promise<WarningRow | null> {
  return (await base(db).where('w.id', '=', id).executeTakeFirst()) ?? null;
}

export interface WarningFilter {
  scope: string;
  status?: 'open' | 'overdue' | 'verified';
  level?: string;
  from?: Date;
  to?: Date;
  now: Date;
}

function matching(f: WarningFilter, withStatus = true): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [inScope('w.grid_code', f.scope)];
  if (withStatus && f.status === 'open') parts.push(sql`w.status = 'open' AND w.due_at >= ${f.now}`);
  if (withStatus && f.status === 'overdue') parts.push(sql`w.status = 'open' AND w.due_at < ${f.now}`);
  if (withStatus && f.status === 'verified') parts.push(sql`w.status = 'verified'`);
  if (f.level) parts.push(sql`w.level = ${f.level}`);
  if (f.from) parts.push(sql`w.first_declared_at >= ${f.from}`);
  if (f.to) parts.push(sql`w.first_declared_at < ${f.to}`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

/** Overdue first (oldest deadline first), then open by deadline, then the verified, newest first. */
export async function listWarnings(db: Queryable, f: WarningFilter, page: { offset: number; limit: number }) {
  const [rows, counts] = await Promise.all([
    base(db).where(matching(f))
      .orderBy(sql`CASE WHEN w.status = 'open' AND w.due_at < ${f.now} THEN 0 WHEN w.status = 'open' THEN 1 ELSE 2 END`)
      .orderBy(sql`CASE WHEN w.status = 'open' THEN w.due_at END`)
      .orderBy('w.verified_at', 'desc').orderBy('w.id')
      .offset(page.offset).limit(page.limit).execute(),
    db.selectFrom('warnings as w').where(matching(f, false))
      .select([
        sql<number>`count(*) FILTER (WHERE w.status = 'open' AND w.due_at >= ${f.now})`.as('open'),
        sql<number>`count(*) FILTER (WHERE w.status = 'open' AND w.due_at < ${f.now})`.as('overdue'),
        sql<number>`count(*) FILTER (WHERE w.status = 'verified')`.as('verified'),
      ]).executeTakeFirstOrThrow(),
  ]);
  return { rows, counts: { open: Number(counts.open), overdue: Number(counts.overdue), verified: Number(counts.verified) } };
}

export async function markVerified(tx: Queryable, id: string, v: { by: string; at: Date; outcome: string; note: string | null }): Promise<boolean> {
  const result = await tx.updateTable('warnings').set({ status: 'verified', verified_by: v.by, verified_at: v.at, outcome: v.outcome, note: v.note })
    .where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
