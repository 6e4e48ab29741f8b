import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import { rolesWith } from '../../../common/permissions.ts';
import type { RecipientKind } from '../../../common/instructions/vocabulary.ts';
import type { Queryable } from '../../db/database.ts';
import type { InstructionsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';

export type InstructionRow = Selectable<InstructionsTable> & { sender_name: string; sender_region_name: string; sender_region_level: number };

/** `column` lies inside one of the regions. */
export function inAnyOf(column: string, regions: string[]): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(regions.map((r) => inScope(column, r)), sql` OR `)})`;
}

/** The accounts that share a unit's receipts: the grid's workers, or the office's staff. */
export function recipientRoles(kind: RecipientKind): string[] {
  return rolesWith(kind === 'grid_workers' ? 'instructions.grid' : 'instructions.office');
}

/** `SELECT id FROM users` of the accounts behind the receipts of an instruction, optionally only of some units. */
export function recipientAccounts(instructionId: string, kind: RecipientKind, units?: RawBuilder<boolean>): RawBuilder<unknown> {
  return sql`SELECT u.id FROM instruction_receipts r JOIN users u ON u.region_code = r.unit_code
    WHERE r.instruction_id = ${instructionId} AND NOT u.disabled AND u.role IN (${sql.join(recipientRoles(kind))})
    ${units ? sql`AND ${units}` : sql``}`;
}

export async function insertInstruction(tx: Queryable, row: Insertable<InstructionsTable>): Promise<boolean> {
  const inserted = await tx.insertInto('instructions').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

/**
 * One receipt per unit below the chosen regions, in one INSERT … SELECT over the regions'
 * code ranges: units at `level` (5 for grids) inside any of `regions`.
 */
export async function fanOut(tx: Queryable, instructionId: string, regions: string[], level: number): Promise<number> {
  const result = await sql`INSERT INTO instruction_receipts (instruction_id, unit_code)
    SELECT ${instructionId}, code FROM regions WHERE level = ${level} AND ${inAnyOf('code', regions)}`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}

export async function setReceiptCount(tx: Queryable, id: string, receipts: number): Promise<void> {
  await tx.updateTable('instructions').set({ receipts }).where('id', '=', id).execute();
}

function base(db: Queryable) {
  return db.selectFrom('instructions as i')
    .innerJoin('users as s', 's.id', 'i.sender_id')
    .innerJoin('regions as sr', 'sr.code', 'i.sender_region')
    .selectAll('i').select(['s.display_name as sender_name', 'sr.name as sender_region_name', 'sr.level as sender_region_level']);
}

export async function findInstruction(db: Queryable, id: string): Promise<InstructionRow | null> {
  return (await base(db).where('i.id', '=', id).executeTakeFirst()) ?? null;
}

/** Locks the instruction's row for a change that must not race another (remind, withdraw). */
export async function lockInstruction(tx: Queryable, id: string): Promise<void> {
  await sql`SELECT 1 FROM instructions WHERE id = ${id} FOR UPDATE`.execute(tx);
}

/** An office sees an instruction it (or an office below it) sent, or one with receipts inside its region. */
export function visibleIn(scope: string): RawBuilder<boolean> {
  return sql<boolean>`(${inScope('i.sender_region', scope)} OR EXISTS (
    SELECT 1 FROM instruction_receipts r WHERE r.instruction_id = i.id AND ${inScope('r.unit_code', scope)}))`;
}

export async function visibleInstruction(db: Queryable, id: string, scope: string): Promise<InstructionRow | null> {
  return (await base(db).where('i.id', '=', id).where(visibleIn(scope)).executeTakeFirst()) ?? null;
}

export { base as instructionsBase };

export interface ProgressRow {
  code: string;
  total: number;
  read: number;
  done: number;
  overdue: number;
}

/**
 * The receipts inside `region` counted as one row per prefix of `groupLength` characters
 * (a child region, or the units themselves), or as one row when `groupLength` is null.
 */
export async function countReceipts(db: Queryable, instructionId: string, region: string, groupLength: number | null, pastDue: boolean): Promise<ProgressRow[]> {
  const group = groupLength === null ? sql`${region}` : sql`left(unit_code, ${groupLength})`;
  const { rows } = await sql<ProgressRow>`SELECT ${group} AS code, count(*) AS total,
      count(*) FILTER (WHERE read_at IS NOT NULL) AS read, count(*) FILTER (WHERE status = 'done') AS done,
      count(*) FILTER (WHERE status <> 'done' AND ${pastDue}) AS overdue
    FROM instruction_receipts WHERE instruction_id = ${instructionId} AND ${inScope('unit_code', region)}
    GROUP BY 1 ORDER BY 1`.execute(db);
  return rows.map((r) => ({ code: r.code, total: Number(r.total), read: Number(r.read), done: Number(r.done), overdue: Number(r.overdue) }));
}

/** The same counts for many instructions at once, each over its receipts inside `scope` (a list page). */
export async function countReceiptsOf(db: Queryable, instructionIds: string[], scope: string, now: Date): Promise<Map<string, ProgressRow>> {
  if (instructionIds.length === 0) return new Map();
  const { rows } = await sql<ProgressRow>`SELECT r.instruction_id AS code, count(*) AS total,
      count(*) FILTER (WHERE r.read_at IS NOT NULL) AS read, count(*) FILTER (WHERE r.status = 'done') AS done,
      count(*) FILTER (WHERE r.status <> 'done' AND i.due_at < ${now}) AS overdue
    FROM instruction_receipts r JOIN instructions i ON i.id = r.instruction_id
    WHERE r.instruction_id IN (${sql.join(instructionIds)}) AND ${inScope('r.unit_code', scope)}
    GROUP BY 1`.execute(db);
  return new Map(rows.map((r) => [r.code, { code: r.code, total: Number(r.total), read: Number(r.read), done: Number(r.done), overdue: Number(r.overdue) }]));
}

export async function forwardsOf(db: Queryable, id: string, scope: string) {
  return base(db).where('i.forward_of', '=', id).where(inScope('i.sender_region', scope)).orderBy('i.created_at').execute();
}
