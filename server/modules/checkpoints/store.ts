import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { CheckpointsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal } from '../../lists/total.ts';

export type CheckpointRow = Selectable<CheckpointsTable> & { community_name: string; grid_name: string };

function base(db: Queryable) {
  return db.selectFrom('checkpoints as c')
    .innerJoin('regions as cm', 'cm.code', 'c.community_code')
    .innerJoin('regions as g', 'g.code', 'c.grid_code')
    .selectAll('c').select(['cm.name as community_name', 'g.name as grid_name']);
}

export async function findCheckpoint(db: Queryable, id: string): Promise<CheckpointRow | null> {
  return (await base(db).where('c.id', '=', id).executeTakeFirst()) ?? null;
}

const CHECKPOINT_ORDER: ListOrder = {
  list: 'checkpoints', direction: 'asc', keys: [sortKey('c.community_code', 'text'), sortKey('c.name', 'text'), sortKey('c.id', 'uuid')],
};

export async function listCheckpoints(db: Queryable, scope: string, ask: PageAsk, active?: boolean) {
  const plan = planPage(CHECKPOINT_ORDER, ask);
  const [fetched, total] = await Promise.all([
    base(db).select(plan.pageKey).where(inScope('c.community_code', scope)).$if(active !== undefined, (q) => q.where('c.active', '=', active!))
      .where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('checkpoints as c').select(sql`1`.as('one')).where(inScope('c.community_code', scope))
      .$if(active !== undefined, (q) => q.where('c.active', '=', active!))),
  ]);
  return { ...finishPage(CHECKPOINT_ORDER, ask, fetched), ...total };
}

export async function insertCheckpoints(tx: Queryable, rows: Omit<CheckpointsTable, 'created_at' | 'updated_at' | 'active'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insertInto('checkpoints').values(rows.slice(i, i + 500)).execute();
}

export async function updateCheckpoint(tx: Queryable, id: string, changes: Partial<Pick<CheckpointsTable, 'name' | 'kind' | 'lon' | 'lat' | 'grid_code' | 'token' | 'token_issued_at'>> & { active?: boolean }): Promise<void> {
  await tx.updateTable('checkpoints').set({ ...changes, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function retireToken(tx: Queryable, token: string, checkpointId: string, at: Date): Promise<void> {
  await tx.insertInto('retired_checkpoint_tokens').values({ token, checkpoint_id: checkpointId, retired_at: at }).execute();
}

/** Everything the public endpoint needs to know about tokens, for the in-memory cache. */
export async function allTokens(db: Queryable) {
  const [live, retired] = await Promise.all([
    db.selectFrom('checkpoints as c')
      .innerJoin('regions as cm', 'cm.code', 'c.community_code')
      // Ancestors are code prefixes.
      .innerJoin('regions as st', (join) => join.on(sql<boolean>`st.code = left(c.community_code, 9)`))
      .innerJoin('regions as di', (join) => join.on(sql<boolean>`di.code = left(c.community_code, 6)`))
      .innerJoin('regions as ci', (join) => join.on(sql<boolean>`ci.code = left(c.community_code, 4)`))
      .select(['c.id', 'c.token', 'c.name', 'c.kind', 'c.grid_code', 'c.active', 'cm.name as community_name',
        'st.name as street_name', 'di.name as district_name', 'ci.name as city_name']).execute(),
    db.selectFrom('retired_checkpoint_tokens').select(['token', 'checkpoint_id']).execute(),
  ]);
  return { live, retired };
}
