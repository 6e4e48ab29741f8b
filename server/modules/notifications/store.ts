import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import { finishPage, planPage, sortKey, type ListOrder } from '../../lists/page.ts';
import { withDeliveries, type OutboundRouting } from '../outbound/routing.ts';

/** What a batch of notifications says; each account picked by `accounts` gets one row. */
export interface NotificationDraft {
  kind: string;
  title: string;
  priority: string;
  instructionId: string | null;
  eventId?: string | null;
  at: Date;
}

/**
 * One notification for every account the subquery picks (`SELECT id FROM users …`), in one
 * INSERT … SELECT: a city-wide instruction tells thousands of accounts without a round trip each.
 * The same statement queues their outbound deliveries (`services.outbound.routing`), if any.
 */
export async function notifyAccounts(tx: Queryable, accounts: RawBuilder<unknown>, n: NotificationDraft, outbound: OutboundRouting): Promise<number> {
  const { rows } = await withDeliveries(sql`INSERT INTO notifications (user_id, kind, title, priority, instruction_id, event_id, at)
    SELECT a.id, ${n.kind}, ${n.title}, ${n.priority}, ${n.instructionId}, ${n.eventId ?? null}, ${n.at} FROM (${accounts}) AS a(id)`, outbound).execute(tx);
  return Number(rows[0]!.n);
}

/**
 * Notifications of different titles in one statement: `rows` is a SELECT of (user_id, kind,
 * title, priority, warning_id, at) — e.g. one per new warning for its grid's workers.
 */
export async function notifyRows(tx: Queryable, rows: RawBuilder<unknown>, outbound: OutboundRouting): Promise<number> {
  const { rows: counted } = await withDeliveries(sql`INSERT INTO notifications (user_id, kind, title, priority, warning_id, at) ${rows}`, outbound).execute(tx);
  return Number(counted[0]!.n);
}

const NOTIFICATION_ORDER: ListOrder = { list: 'notifications', direction: 'desc', keys: [sortKey('n.at', 'timestamptz'), sortKey('n.id', 'uuid')] };

export async function listNotifications(db: Queryable, userId: string, q: { unreadOnly?: boolean; limit: number; cursor?: string }, now: Date) {
  const ask = { offset: 0, limit: q.limit, cursor: q.cursor };
  const plan = planPage(NOTIFICATION_ORDER, ask);
  let query = db.selectFrom('notifications as n').selectAll('n').select(plan.pageKey)
    .where('n.user_id', '=', userId).where('n.at', '<=', now).where(plan.after);
  if (q.unreadOnly) query = query.where('n.read_at', 'is', null);
  const fetched = await query.orderBy(plan.orderBy).limit(plan.fetch).execute();
  return finishPage(NOTIFICATION_ORDER, ask, fetched);
}

export async function unreadCount(db: Queryable, userId: string, now: Date): Promise<number> {
  const row = await db.selectFrom('notifications').select(sql<number>`count(*)`.as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).where('at', '<=', now).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the account's own notifications read: these ids, or those of an instruction, or all. */
export async function markRead(db: Queryable, userId: string, which: { ids?: string[]; instructionId?: string; all?: boolean }, now: Date): Promise<void> {
  if (!which.all && !which.instructionId && (which.ids ?? []).length === 0) return;
  let query = db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null).where('at', '<=', now);
  if (which.instructionId) query = query.where('instruction_id', '=', which.instructionId);
  else if (!which.all) query = query.where('id', 'in', which.ids!);
  await query.execute();
}
