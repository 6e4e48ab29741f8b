import type { NotificationList, NotificationView } from '../../../common/contracts/instructions.ts';
import type { InstructionPriority, NotificationKind } from '../../../common/instructions/vocabulary.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { listNotifications, markRead, unreadCount } from './store.ts';

export async function notificationsOf({ database }: AppServices, actor: Actor, q: { unreadOnly?: boolean; limit: number; cursor?: string }, now = new Date()): Promise<NotificationList> {
  const [page, unread] = await Promise.all([listNotifications(database.db, actor.id, q, now), unreadCount(database.db, actor.id, now)]);
  const items: NotificationView[] = page.rows.map((n) => ({
    id: n.id, kind: n.kind as NotificationKind, title: n.title, priority: n.priority as InstructionPriority,
    instructionId: n.instruction_id, eventId: n.event_id, warningId: n.warning_id, at: n.at.toISOString(), readAt: n.read_at?.toISOString() ?? null,
  }));
  return page.nextCursor ? { items, unread, nextCursor: page.nextCursor } : { items, unread };
}

export async function readNotifications({ database }: AppServices, actor: Actor, which: { ids?: string[]; all?: boolean }, now = new Date()): Promise<{ unread: number }> {
  await markRead(database.db, actor.id, which, now);
  return { unread: await unreadCount(database.db, actor.id, now) };
}
