import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { HouseholdPage, HouseholdView } from '../../../../common/contracts/field.ts';
import { useOutbox, useSynced } from '../../offline/hooks.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import { useCurrentUser } from '../auth/session.ts';
import { mergeMembers, mergeVisits, type LocalState } from './local.ts';
import { useHouseholdDetail } from './queries.ts';

export interface HouseholdHead {
  id: string;
  address: string;
  gridName: string | null;
  note: string | null;
  local: LocalState | null;
}

/** A household as the worker sees it: the server's record and members plus the phone's. */
export function useHouseholdView(id: string) {
  const me = useCurrentUser();
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const queued = outbox.items.find((i): i is OutboxItem & { kind: 'household' } => i.id === id && i.kind === 'household');
  const detail = useHouseholdDetail(id, outbox.loaded && !queued);
  const server = detail.data;
  const queryClient = useQueryClient();

  return useMemo(() => {
    const justSent = synced.find((r) => r.id === id)?.result as HouseholdView | undefined;
    // Offline, with this household's page never opened: its row in a list the phone kept will do.
    const fromList = queryClient.getQueriesData<InfiniteData<HouseholdPage>>({ queryKey: ['households'] })
      .flatMap(([, data]) => data?.pages.flatMap((p) => p.items) ?? []).find((h) => h.id === id);
    const view = server?.household ?? justSent ?? fromList;
    const head: HouseholdHead | null = view
      ? { id, address: view.address, gridName: view.grid.name, note: view.note, local: server ? null : 'synced' }
      : queued
        ? { id, address: queued.payload.address, gridName: null, note: queued.payload.note ?? null, local: queued.state === 'rejected' ? 'rejected' : 'pending' }
        : null;
    return {
      loading: !outbox.loaded || (!queued && detail.isPending && detail.fetchStatus !== 'idle' && !justSent && !fromList),
      error: detail.error,
      /** The server's members and visits could not be loaded (offline, never opened): only the phone's show. */
      partial: !server && !queued,
      head,
      queued: queued ?? null,
      // An answer the phone kept from before the server sent `observation` has none.
      members: mergeMembers(id, server?.members ?? [], outbox.items, synced, server?.observation ?? []),
      visits: mergeVisits(id, server?.visits ?? [], outbox.items),
    };
  }, [id, server, synced, queued, outbox.loaded, outbox.items, detail.isPending, detail.fetchStatus, detail.error, queryClient]);
}
