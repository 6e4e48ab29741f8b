import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { EventDetail } from '../../../../common/contracts/field.ts';
import { cachedGet } from '../../offline/cached-get.ts';
import { useOutbox, useSynced } from '../../offline/hooks.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useNow } from '../warnings/queries.ts';
import { mergeEventTasks, type EventCopy, type EventTaskRow } from './event-tasks.ts';

/** Dispatches reach the worker without a push: the list is asked again every minute while the app is in front. */
const REFRESH_MS = 60_000;
/** More than a worker ever has waiting at once. */
const LIMIT = 100;

/** The events dispatched to the worker and waiting for them (GET /api/events?assigned=me&status=dispatched), kept on the phone for offline reading. */
export function useAssignedEvents() {
  const me = useCurrentUser();
  return useQuery({
    queryKey: ['events', 'assigned'],
    queryFn: () => cachedGet(me.id, 'GET /api/events', { query: { assigned: 'me', status: 'dispatched', limit: LIMIT } }),
    refetchInterval: REFRESH_MS,
  });
}

/** One event with its history and requests, kept on the phone once opened. */
export function useEventDetail(id: string) {
  const me = useCurrentUser();
  return useQuery({
    queryKey: ['event', id],
    queryFn: () => cachedGet(me.id, 'GET /api/events/:id', { params: { id } }),
  });
}

/** Every event detail the query cache holds, with when it came. */
function detailCopies(queryClient: ReturnType<typeof useQueryClient>): EventCopy[] {
  return queryClient.getQueryCache().findAll({ queryKey: ['event'] }).flatMap((q) => {
    const data = q.state.data as EventDetail | undefined;
    return data ? [{ view: data.event, at: q.state.dataUpdatedAt }] : [];
  });
}

/** The events waiting for the worker, merged with the phone's handlings (the task list, the home card). */
export function useEventTasks() {
  const me = useCurrentUser();
  const list = useAssignedEvents();
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const queryClient = useQueryClient();
  const now = useNow();
  const rows = useMemo(() => mergeEventTasks({
    listed: (list.data?.items ?? []).map((view) => ({ view, at: list.dataUpdatedAt })),
    updates: detailCopies(queryClient),
    outbox: outbox.items,
    synced,
    myName: me.displayName,
    now,
  }), [list.data, list.dataUpdatedAt, queryClient, outbox.items, synced, me.displayName, now]);
  return { rows, list, outboxLoaded: outbox.loaded };
}

export interface EventTaskView {
  loading: boolean;
  row: EventTaskRow | null;
  /** The history and requests, when the detail could be had (online, or kept from before). */
  detail: EventDetail | null;
  error: unknown;
  /** Offline without a kept detail: what shows is the list's copy. */
  partial: boolean;
}

/** One event as the phone sees it: its detail (or, offline, the list's copy, or the copy kept with a queued handling) and the phone's state. */
export function useEventTaskView(id: string): EventTaskView {
  const me = useCurrentUser();
  const detail = useEventDetail(id);
  const list = useAssignedEvents();
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const now = useNow();
  return useMemo(() => {
    const listed: EventCopy[] = (list.data?.items ?? []).filter((e) => e.id === id).map((view) => ({ view, at: list.dataUpdatedAt }));
    if (detail.data) listed.push({ view: detail.data.event, at: detail.dataUpdatedAt });
    const rows = mergeEventTasks({ listed, updates: [], outbox: outbox.items, synced, myName: me.displayName, now });
    const row = rows.get(id) ?? null;
    return {
      loading: !outbox.loaded || (!row && detail.isPending && detail.fetchStatus !== 'idle'),
      row,
      detail: detail.data ?? null,
      error: detail.error,
      partial: !detail.data && row !== null,
    };
  }, [id, detail.data, detail.dataUpdatedAt, detail.isPending, detail.fetchStatus, detail.error, list.data, list.dataUpdatedAt, outbox.items, outbox.loaded, synced, me.displayName, now]);
}
