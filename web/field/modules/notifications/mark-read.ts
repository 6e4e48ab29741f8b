import type { NotificationView } from '../../../../common/contracts/instructions.ts';
import { newId } from '../../../lib/new-id.ts';
import { enqueue } from '../../offline/outbox.ts';

/** The server takes this many ids at once. */
const MAX_IDS = 200;

/** One notification read: queued under its own id, so a second tap sends nothing more. */
export async function markNotificationRead(userId: string, n: NotificationView): Promise<void> {
  await enqueue('notificationRead', n.id, { ids: [n.id], title: n.title }, { userId, once: true });
}

/** Those shown unread, read at once (by their ids: one that arrives meanwhile stays unread). */
export async function markAllRead(userId: string, unread: readonly NotificationView[]): Promise<void> {
  const ids = unread.slice(0, MAX_IDS).map((n) => n.id);
  if (ids.length === 0) return;
  await enqueue('notificationRead', newId(), { ids, title: unread[0]!.title }, { userId });
}
