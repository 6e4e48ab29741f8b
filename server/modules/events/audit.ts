import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';

/** The note that goes with a status is free text: its length only. The grid is the entry's region. */
const EVENT_STATUS_FIELDS = { status: 'plain', note: 'text' } as const;

type EventState = { status: string; note: string | null };

/** Records an event's move from one status to the next; called last in the transaction that made it. */
export async function auditEventStatus(tx: Queryable, actor: Actor, event: { id: string; gridCode: string }, before: EventState, after: EventState): Promise<void> {
  await recordAudit(tx, actor, {
    action: 'event.status', targetType: 'event', targetId: event.id, regionCode: event.gridCode,
    detail: { ...recordChange(EVENT_STATUS_FIELDS, before, after) },
  });
}
