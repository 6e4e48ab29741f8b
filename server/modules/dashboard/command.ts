import { sql } from 'kysely';
import type { CommandPanel, PanelQuery } from '../../../common/contracts/dashboard.ts';
import type { InstructionPriority } from '../../../common/instructions/vocabulary.ts';
import { addDays, chinaDayStart } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { panelDay, panelRegion } from '../regions/panel-region.ts';

const LISTED_INSTRUCTIONS = 10;
type Figures = Omit<CommandPanel['children'][number], 'code' | 'name'>;
const NONE: Figures = {
  instructionReceipts: 0, instructionsRead: 0, instructionsDone: 0, instructionsOverdue: 0, eventsOpen: 0, eventsOverdue: 0, eventsClosed: 0, eventsClosedOnTime: 0,
};
const OPEN = sql`e.status IN ('reported', 'accepted', 'returned', 'dispatched', 'handled', 'verified')`;

/**
 * 指挥调度: the receipts of the instructions sent on the day and the events' loop, for the
 * region and each child. Bounded reads: the day's receipts (one per grid per instruction) and
 * the open or just-closed events, grouped by the child's code prefix. An escalated event stays
 * under supervision (督办) until it is closed, even once its next step re-arms the escalation:
 * the supervisor's list (`GET /api/events?supervised=true`) keeps it, and the figure opens that list.
 */
export async function commandPanel(db: Queryable, actor: Actor, q: PanelQuery, now = new Date()): Promise<CommandPanel> {
  const { region, children, childLength } = await panelRegion(db, actor, q.region);
  const day = panelDay(q.day, now);
  const dayStart = chinaDayStart(day);
  const dayEnd = chinaDayStart(addDays(day, 1));
  const length = childLength ?? region.code.length;
  const [receipts, instructions, events, steps] = await Promise.all([
    sql<{ child: string; total: number; read: number; done: number; overdue: number }>`
      SELECT left(r.unit_code, ${length}) AS child, count(*)::int AS total,
        count(*) FILTER (WHERE r.status <> 'unread')::int AS read, count(*) FILTER (WHERE r.status = 'done')::int AS done,
        count(*) FILTER (WHERE r.status <> 'done' AND i.due_at < ${now})::int AS overdue
      FROM instructions i JOIN instruction_receipts r ON r.instruction_id = i.id
      WHERE i.send_at >= ${dayStart} AND i.send_at < ${dayEnd} AND i.send_at <= ${now} AND i.withdrawn_at IS NULL AND ${inScope('r.unit_code', region.code)}
      GROUP BY 1`.execute(db),
    sql<{ id: string; title: string; priority: InstructionPriority; send_at: Date; total: number; read: number; done: number; overdue: number }>`
      SELECT i.id, i.title, i.priority, i.send_at, count(*)::int AS total,
        count(*) FILTER (WHERE r.status <> 'unread')::int AS read, count(*) FILTER (WHERE r.status = 'done')::int AS done,
        count(*) FILTER (WHERE r.status <> 'done' AND i.due_at < ${now})::int AS overdue
      FROM instructions i JOIN instruction_receipts r ON r.instruction_id = i.id
      WHERE i.send_at >= ${dayStart} AND i.send_at < ${dayEnd} AND i.send_at <= ${now} AND i.withdrawn_at IS NULL AND ${inScope('r.unit_code', region.code)}
      GROUP BY i.id ORDER BY i.send_at DESC LIMIT ${LISTED_INSTRUCTIONS}`.execute(db),
    sql<{ child: string; open: number; overdue: number; closed: number; on_time: number }>`
      SELECT left(e.grid_code, ${length}) AS child,
        count(*) FILTER (WHERE ${OPEN})::int AS open,
        count(*) FILTER (WHERE ${OPEN} AND e.step_due_at < ${now})::int AS overdue,
        count(*) FILTER (WHERE e.status = 'closed')::int AS closed,
        count(*) FILTER (WHERE e.status = 'closed' AND e.close_on_time)::int AS on_time
      FROM events e
      WHERE ${inScope('e.grid_code', region.code)} AND (${OPEN} OR (e.closed_at >= ${dayStart} AND e.closed_at < ${dayEnd}))
      GROUP BY 1`.execute(db),
    sql<{ dispatch: number; handle: number; verify: number; close: number; escalated: number }>`
      SELECT count(*) FILTER (WHERE e.status IN ('reported', 'accepted', 'returned'))::int AS dispatch,
        count(*) FILTER (WHERE e.status = 'dispatched')::int AS handle,
        count(*) FILTER (WHERE e.status = 'handled')::int AS verify,
        count(*) FILTER (WHERE e.status = 'verified')::int AS close,
        count(*) FILTER (WHERE ${inScope('e.supervision_region', region.code)})::int AS escalated
      FROM events e WHERE ${inScope('e.grid_code', region.code)} AND ${OPEN}`.execute(db),
  ]);
  const rows = new Map<string, Figures>((childLength ? children.map((c) => c.code) : [region.code]).map((code) => [code, { ...NONE }]));
  for (const r of receipts.rows) {
    const into = rows.get(r.child);
    if (into) Object.assign(into, { instructionReceipts: r.total, instructionsRead: r.read, instructionsDone: r.done, instructionsOverdue: r.overdue });
  }
  for (const r of events.rows) {
    const into = rows.get(r.child);
    if (into) Object.assign(into, { eventsOpen: r.open, eventsOverdue: r.overdue, eventsClosed: r.closed, eventsClosedOnTime: r.on_time });
  }
  const total = { ...NONE };
  for (const figures of rows.values()) for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += figures[k];
  const { escalated, ...byStep } = steps.rows[0]!;
  const names = new Map(children.map((c) => [c.code, c.name]));
  return {
    region, day, ...total,
    eventsByStep: byStep,
    eventsEscalated: escalated,
    instructions: instructions.rows.map((i) => ({
      id: i.id, title: i.title, priority: i.priority, sentAt: i.send_at.toISOString(), receipts: i.total, read: i.read, done: i.done, overdue: i.overdue,
    })),
    children: childLength ? [...rows].map(([code, figures]) => ({ code, name: names.get(code) ?? code, ...figures })) : [],
  };
}
