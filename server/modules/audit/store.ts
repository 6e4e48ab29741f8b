import { sql, type Kysely, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import type { AuditLogTable, DB } from '../../db/schema.ts';
import type { AuditContent } from './chain.ts';

/** Serialises appends across processes: each entry must see the one before it. */
const AUDIT_LOCK = 3715_0002;

export interface AuditRow extends AuditContent {
  prevHash: string;
  hash: string;
}

function toRow(r: Selectable<AuditLogTable>): AuditRow {
  return {
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    regionCode: r.region_code,
    detail: r.detail ?? {},
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export async function lockAndReadTail(tx: Queryable): Promise<{ seq: number; hash: string } | null> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(tx);
  const last = await tx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last ? { seq: Number(last.seq), hash: last.hash } : null;
}

export async function insertEntry(tx: Queryable, row: AuditRow): Promise<void> {
  await tx.insertInto('audit_log').values({
    seq: row.seq,
    at: row.at,
    actor_id: row.actorId,
    actor_username: row.actorUsername,
    action: row.action,
    target_type: row.targetType,
    target_id: row.targetId,
    region_code: row.regionCode,
    detail: JSON.stringify(row.detail),
    prev_hash: row.prevHash,
    hash: row.hash,
  }).execute();
}

export interface AuditQuery {
  scope: string;
  /** Whole-city administrators also see entries that belong to no region (e.g. failed sign-ins of unknown accounts). */
  includeUnscoped: boolean;
  action?: string;
  actorUsername?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: number;
  limit: number;
}

export async function listEntries(db: Kysely<DB>, q: AuditQuery): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll()
    .where(q.includeUnscoped ? sql<boolean>`(${inScope('region_code', q.scope)} OR region_code IS NULL)` : inScope('region_code', q.scope));
  if (q.action) query = query.where('action', '=', q.action);
  if (q.actorUsername) query = query.where('actor_username', '=', q.actorUsername);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  if (q.beforeSeq !== undefined) query = query.where('seq', '<', q.beforeSeq);
  const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
  return rows.map(toRow);
}

/** Pages through the whole log in order, for verification. */
export async function* allEntries(db: Kysely<DB>, pageSize = 2000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const r of rows) yield toRow(r);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}
