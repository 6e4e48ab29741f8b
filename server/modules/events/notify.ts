import { sql, type RawBuilder } from 'kysely';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import type { NotificationKind } from '../../../common/instructions/vocabulary.ts';
import { rolesWith } from '../../../common/permissions.ts';
import type { Queryable } from '../../db/database.ts';
import { notifyAccounts } from '../notifications/store.ts';
import type { OutboundRouting } from '../outbound/routing.ts';

interface NotifiedEvent {
  id: string;
  category: string;
  priority: string;
  grid_name: string;
}

/** The title names the category and the grid, never the description: it may name people, and titles leave the platform by SMS or webhook. */
function titleOf(kind: NotificationKind, event: NotifiedEvent): string {
  const category = EVENT_CATEGORY.labels[event.category as keyof typeof EVENT_CATEGORY.labels]?.zh ?? event.category;
  const what: Record<string, string> = {
    event_dispatched: '派遣', event_returned: '退回', event_rework: '返工', event_handled: '待核查',
    event_overdue: '超期', event_escalated: '督办', event_request: '申请', event_decided: '审批',
  };
  return `【${what[kind] ?? '事件'}】${category} · ${event.grid_name}`;
}

export async function notifyAboutEvent(
  tx: Queryable, outbound: OutboundRouting, accounts: RawBuilder<unknown>, kind: NotificationKind, event: NotifiedEvent, at: Date,
): Promise<number> {
  return notifyAccounts(tx, accounts, { kind, title: titleOf(kind, event), priority: event.priority, instructionId: null, eventId: event.id, at }, outbound);
}

export function accountOf(userId: string | null): RawBuilder<unknown> {
  return sql`SELECT id FROM users WHERE id = ${userId} AND NOT disabled`;
}

/** Whoever holds the event: the person, or every active account of the department. */
export function assigneeAccounts(event: { assigned_user_id: string | null; assigned_department_id: string | null }): RawBuilder<unknown> {
  return event.assigned_department_id
    ? sql`SELECT id FROM users WHERE department_id = ${event.assigned_department_id} AND NOT disabled`
    : accountOf(event.assigned_user_id);
}

/** The offices bound to a region (not its departments), who run its loop and its supervision (督办). */
export function officeAccounts(region: string): RawBuilder<unknown> {
  return sql`SELECT id FROM users WHERE region_code = ${region} AND department_id IS NULL AND NOT disabled
    AND role IN (${sql.join(rolesWith('events.manage'))})`;
}
