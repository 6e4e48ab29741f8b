import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { DutyShiftsTable } from '../../db/schema.ts';

export type ShiftRow = Selectable<DutyShiftsTable> & { grid_name: string; worker_name: string };

function base(db: Queryable) {
  return db.selectFrom('duty_shifts as s')
    .innerJoin('regions as g', 'g.code', 's.grid_code')
    .innerJoin('users as u', 'u.id', 's.worker_id')
    .selectAll('s').select(['g.name as grid_name', 'u.display_name as worker_name']);
}

export async function findShift(db: Queryable, id: string): Promise<ShiftRow | null> {
  return (await base(db).where('s.id', '=', id).executeTakeFirst()) ?? null;
}

export async function findOpenShift(db: Queryable, workerId: string): Promise<ShiftRow | null> {
  return (await base(db).where('s.worker_id', '=', workerId).where('s.ended_at', 'is', null).executeTakeFirst()) ?? null;
}

export async function insertShift(tx: Queryable, row: Omit<DutyShiftsTable, 'created_at' | 'ended_at' | 'last_heartbeat_at'>): Promise<void> {
  await tx.insertInto('duty_shifts').values({ ...row, ended_at: null, last_heartbeat_at: null }).execute();
}

export async function closeShift(tx: Queryable, id: string, endedAt: Date): Promise<boolean> {
  const result = await tx.updateTable('duty_shifts').set({ ended_at: endedAt }).where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertHeartbeat(tx: Queryable, row: { id: string; shift_id: string; worker_id: string; at: Date; lon: number; lat: number; accuracy: number | null }): Promise<boolean> {
  const inserted = await tx.insertInto('heartbeats').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findHeartbeat(db: Queryable, id: string) {
  return db.selectFrom('heartbeats').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchShift(tx: Queryable, id: string, at: Date): Promise<void> {
  await tx.updateTable('duty_shifts').set({ last_heartbeat_at: sql`greatest(last_heartbeat_at, ${at}::timestamptz)` }).where('id', '=', id).execute();
}
