import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { cachedGet } from '../../offline/cached-get.ts';
import { useOutbox, useSynced } from '../../offline/hooks.ts';
import { useCurrentUser } from '../auth/session.ts';
import { mergeNotifications } from './local.ts';

/** The newest this many are listed; the bell counts all unread ones (the server's count). */
const LIMIT = 50;
/** New instructions and reminders reach the phone without a push: asked again every minute while the app is in front. */
const REFRESH_MS = 60_000;

/** The worker's notifications (GET /api/notifications), kept on the phone per user for offline reading. */
export function useNotificationList() {
  const me = useCurrentUser();
  return useQuery({
    queryKey: ['notifications'],
    queryFn: () => cachedGet(me.id, 'GET /api/notifications', { query: { limit: LIMIT } }),
    refetchInterval: REFRESH_MS,
  });
}

/** The list with the phone's reads over it, and the unread count the bell shows. */
export function useNotifications() {
  const me = useCurrentUser();
  const list = useNotificationList();
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const merged = useMemo(
    () => (list.data ? mergeNotifications({ server: list.data.items, unread: list.data.unread, outbox: outbox.items, synced }) : null),
    [list.data, outbox.items, synced],
  );
  return { list, rows: merged?.rows ?? [], unread: merged?.unread ?? null };
}
