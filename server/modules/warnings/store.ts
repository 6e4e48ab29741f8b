import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { WarningsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';

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

/**
 * Overdue first (oldest deadline first), then open by deadline, then the verified, newest
 * first: one ascending key per row (the deadline, or the verification time negated) so that
 * the order is a keyset. Which bucket a warning is in moves with `now`, so a cursor kept
 * across a deadline may skip or repeat that warning.
 */
function warningOrder(now: Date): ListOrder {
  return {
    list: 'warnings', direction: 'asc', keys: [
      { expr: sql`(CASE WHEN w.status = 'open' AND w.due_at < ${now} THEN 0 WHEN w.status = 'open' THEN 1 ELSE 2 END)`, type: 'int' },
      { expr: sql`coalesce(CASE WHEN w.status = 'open' THEN extract(epoch FROM w.due_at) ELSE -extract(epoch FROM w.verified_at) END, 0)`, type: 'numeric' },
      sortKey('w.id', 'uuid'),
    ],
  };
}

export async function listWarnings(db: Queryable, f: WarningFilter, ask: PageAsk) {
  const order = warningOrder(f.now);
  const plan = planPage(order, ask);
  const [fetched, counts] = await Promise.all([
    base(db).select(plan.pageKey).where(matching(f)).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    db.selectFrom('warnings as w').where(matching(f, false))
      .select([
        sql<number>`count(*) FILTER (WHERE w.status = 'open' AND w.due_at >= ${f.now})`.as('open'),
        sql<number>`count(*) FILTER (WHERE w.status = 'open' AND w.due_at < ${f.now})`.as('overdue'),
        sql<number>`count(*) FILTER (WHERE w.status = 'verified')`.as('verified'),
      ]).executeTakeFirstOrThrow(),
  ]);
  return { ...finishPage(order, ask, fetched), counts: { open: Number(counts.open), overdue: Number(counts.overdue), verified: Number(counts.verified) } };
}

export async function markVerified(tx: Queryable, id: string, v: { by: string; at: Date; outcome: string; note: string | null }): Promise<boolean> {
  const result = await tx.updateTable('warnings').set({ status: 'verified', verified_by: v.by, verified_at: v.at, outcome: v.outcome, note: v.note })
    .where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
