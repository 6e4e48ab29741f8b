import { sql } from 'kysely';
import { announceChange } from '../../db/changes.ts';
import type { Database } from '../../db/database.ts';
import type { OutboundRouting } from '../outbound/routing.ts';
import { auditEventStep } from './audit.ts';
import { assigneeAccounts, notifyAboutEvent, officeAccounts } from './notify.ts';

/** How often each process looks for steps past their deadline. */
const SWEEP_MS = 15_000;
/** Steps escalated per sweep; a backlog drains over the next sweeps. */
const BATCH = 500;

interface Escalated {
  id: string;
  grid_code: string;
  grid_name: string;
  category: string;
  priority: string;
  status: string;
  supervision_region: string;
  assigned_user_id: string | null;
  assigned_department_id: string | null;
}

/**
 * A step past its deadline goes to the supervision (督办) of the level above the one that
 * must act — the dispatcher's region once dispatched, the grid's community before — keeping
 * its assignee. Its offices and the assignee are told. `escalated_at IS NULL` in the UPDATE
 * makes exactly one process escalate each step; the next step re-arms it.
 */
export async function escalateOverdueSteps(database: Database, outbound: OutboundRouting, now = new Date()): Promise<number> {
  return database.transaction(async (tx) => {
    const { rows } = await sql<Escalated>`UPDATE events e SET escalated_at = ${now},
        supervision_region = CASE length(r.responsible)
          WHEN 15 THEN left(r.responsible, 12) WHEN 12 THEN left(r.responsible, 9) WHEN 9 THEN left(r.responsible, 6)
          ELSE left(r.responsible, 4) END
      FROM (SELECT id, coalesce(dispatcher_region, left(grid_code, 12)) AS responsible FROM events
            WHERE step_due_at < ${now} AND escalated_at IS NULL ORDER BY step_due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) r
      WHERE e.id = r.id AND e.escalated_at IS NULL
      RETURNING e.id, e.grid_code, (SELECT name FROM regions WHERE code = e.grid_code) AS grid_name, e.category, e.priority, e.status,
        e.supervision_region, e.assigned_user_id, e.assigned_department_id`.execute(tx);
    for (const row of rows) {
      await notifyAboutEvent(tx, outbound, officeAccounts(row.supervision_region), 'event_escalated', row, now);
      if (row.assigned_user_id || row.assigned_department_id) await notifyAboutEvent(tx, outbound, assigneeAccounts(row), 'event_overdue', row, now);
      await auditEventStep(tx, null, { id: row.id, gridCode: row.grid_code }, {
        action: 'escalate', from: row.status, to: row.status, note: null, departmentId: row.assigned_department_id, assigneeId: row.assigned_user_id,
      });
    }
    if (rows.length > 0) await announceChange(tx, ['events'], rows.map((r) => r.grid_code));
    return rows.length;
  });
}

export function startEscalations(database: Database, outbound: OutboundRouting): () => void {
  const timer = setInterval(() => void escalateOverdueSteps(database, outbound).catch((error: unknown) => {
    process.emitWarning(`event escalation: ${(error as Error).message}`);
  }), SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}
