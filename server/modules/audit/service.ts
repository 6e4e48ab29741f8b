import type { Kysely } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../core/actor.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';
import { allEntries, insertEntry, listEntries, lockAndReadTail, type AuditQuery, type AuditRow } from './store.ts';

export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string;
  /** The region the action concerns; decides which administrators can read the entry. */
  regionCode?: string | null;
  /** Never personal data: ids, counts, field names, not values. */
  detail?: Record<string, unknown>;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  brokenAtSeq: number | null;
  reason: string | null;
}

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so an action and
 * its record commit together or not at all.
 */
export async function recordAudit(tx: Queryable, actor: Pick<Actor, 'id' | 'username'> | null, event: AuditEvent, now = new Date()): Promise<AuditRow> {
  const tail = await lockAndReadTail(tx);
  const content = {
    seq: (tail?.seq ?? 0) + 1,
    at: now,
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    regionCode: event.regionCode ?? null,
    detail: event.detail ?? {},
  };
  const prevHash = tail?.hash ?? GENESIS_HASH;
  const row: AuditRow = { ...content, prevHash, hash: entryHash(prevHash, content) };
  await insertEntry(tx, row);
  return row;
}

export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainVerification> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for await (const row of allEntries(db)) {
    const broken = (reason: string): ChainVerification => ({ ok: false, checked, brokenAtSeq: row.seq, reason });
    if (row.seq !== expectedSeq) return broken(`expected entry ${expectedSeq}, found ${row.seq}: entries are missing`);
    if (row.prevHash !== expectedPrev) return broken('the link to the previous entry does not match');
    if (entryHash(row.prevHash, row) !== row.hash) return broken('the entry was changed after it was written');
    expectedPrev = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, brokenAtSeq: null, reason: null };
}

export function listAudit(db: Kysely<DB>, query: AuditQuery): Promise<AuditRow[]> {
  return listEntries(db, query);
}
