import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Location, ShiftView } from '../../../../common/contracts/field.ts';
import { readCached, writeCached } from '../../offline/cached-get.ts';
import { useOutbox } from '../../offline/hooks.ts';
import { enqueue } from '../../offline/outbox.ts';
import { queryClient } from '../../query-client.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useSummary } from '../home/summary.ts';

/**
 * The worker's shift as the phone knows it. Checking in and out works offline: the phone keeps
 * the shift (and queues its start and end), so heartbeats follow the phone's state, not the
 * last server answer. A shift the server knows and the phone does not (another device, a
 * reinstall) is adopted.
 */
export interface LocalShift {
  id: string;
  checkpointName: string;
  startedAt: string;
  endedAt: string | null;
  lastHeartbeatAt: string | null;
}

const PATH = '/duty/shift';
const KEY = ['duty-local'] as const;

export async function saveLocalShift(userId: string, shift: LocalShift | null): Promise<void> {
  await writeCached(userId, PATH, shift);
  queryClient.setQueryData(KEY, shift);
}

export function useDuty() {
  const me = useCurrentUser();
  const summary = useSummary();
  const outbox = useOutbox(me.id);
  const local = useQuery({ queryKey: KEY, queryFn: async () => (await readCached<LocalShift | null>(me.id, PATH)) ?? null, staleTime: Infinity, networkMode: 'always' });
  const server: ShiftView | null = summary.data?.openShift ?? null;
  const stored = local.data ?? null;

  useEffect(() => {
    if (!outbox.loaded || local.isPending || summary.isFetching) return;
    const queued = (id: string) => outbox.items.some((i) => i.id === id);
    if (stored?.endedAt && !queued(`end:${stored.id}`)) {
      // The end reached the server (or was discarded): the shift is over.
      void saveLocalShift(me.id, null);
    } else if (!stored && server) {
      void saveLocalShift(me.id, { id: server.id, checkpointName: server.checkpointName, startedAt: server.startedAt, endedAt: null, lastHeartbeatAt: server.lastHeartbeatAt });
    } else if (stored && !stored.endedAt && !queued(stored.id) && summary.isSuccess && navigator.onLine && summary.dataUpdatedAt > Date.parse(stored.startedAt)) {
      // The start is no longer waiting (sent, or refused and discarded) and the server says otherwise:
      // no open shift (ended elsewhere), or another one (opened on another device). The server wins.
      if (!server) void saveLocalShift(me.id, null);
      else if (server.id !== stored.id) void saveLocalShift(me.id, { id: server.id, checkpointName: server.checkpointName, startedAt: server.startedAt, endedAt: null, lastHeartbeatAt: server.lastHeartbeatAt });
    }
  }, [outbox.loaded, outbox.items, local.isPending, stored, server, summary.isFetching, summary.isSuccess, summary.dataUpdatedAt, me.id]);

  const shift = stored && !stored.endedAt ? stored : null;

  return {
    loading: local.isPending,
    shift,
    /** The shift's start waits in the outbox (or was refused). */
    startQueued: shift ? outbox.items.find((i) => i.id === shift.id) ?? null : null,
    async start(checkpointName: string, location: Location | null): Promise<LocalShift> {
      const id = crypto.randomUUID();
      const startedAt = new Date().toISOString();
      await enqueue('shiftStart', id, { id, checkpointName: checkpointName.trim(), startedAt, ...(location ? { location } : {}) }, { userId: me.id });
      const next: LocalShift = { id, checkpointName: checkpointName.trim(), startedAt, endedAt: null, lastHeartbeatAt: null };
      await saveLocalShift(me.id, next);
      return next;
    },
    async end(): Promise<void> {
      if (!shift) return;
      const endedAt = new Date().toISOString();
      await enqueue('shiftEnd', `end:${shift.id}`, { shiftId: shift.id, endedAt }, { userId: me.id });
      await saveLocalShift(me.id, { ...shift, endedAt });
    },
  };
}
