import { useInfiniteQuery, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { WarningPage, WarningView } from '../../../../common/contracts/declarations.ts';
import { cachedGet } from '../../offline/cached-get.ts';
import { useOutbox, useSynced } from '../../offline/hooks.ts';
import type { OutboxItem, OutboxItemOf } from '../../offline/outbox-types.ts';
import { useCurrentUser } from '../auth/session.ts';
import { adjustCounts, mergeWarnings, rowsOf, type WarningCounts, type WarningRow, type WarningStatus } from './local.ts';

export const WARNING_TABS: readonly WarningStatus[] = ['open', 'overdue', 'verified'];
const PAGE = 50;
/**
 * New warnings reach the worker without a push: the waiting lists are asked again every minute
 * while the app is in front (not the verified one: it changes by the worker's own hand).
 */
const REFRESH_MS = 60_000;

/**
 * One tab's list from the server (GET /api/warnings?status=…), kept on the phone per user
 * (cachedGet) for offline reading. The list carries masked phone numbers only.
 */
export function useWarningList(status: WarningStatus) {
  const me = useCurrentUser();
  return useInfiniteQuery({
    queryKey: ['warnings', status],
    queryFn: ({ pageParam }) => cachedGet(me.id, 'GET /api/warnings', { query: { status, offset: pageParam, limit: PAGE } }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    refetchInterval: status === 'verified' ? false : REFRESH_MS,
  });
}

export function useWarningDetail(id: string) {
  const me = useCurrentUser();
  return useQuery({
    queryKey: ['warning', id],
    queryFn: () => cachedGet(me.id, 'GET /api/warnings/:id', { params: { id } }),
  });
}

/** The clock the warnings read (deadlines, "declared 20 min ago"): ticks every half minute. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Every server copy of warnings the query cache holds: the three lists and the details opened. */
function serverCopies(queryClient: ReturnType<typeof useQueryClient>): WarningView[] {
  const lists = queryClient.getQueriesData<InfiniteData<WarningPage>>({ queryKey: ['warnings'] })
    .flatMap(([, data]) => data?.pages.flatMap((p) => p.items) ?? []);
  const details = queryClient.getQueriesData<WarningView>({ queryKey: ['warning'] }).flatMap(([, data]) => (data ? [data] : []));
  return [...lists, ...details];
}

export interface WarningBoard {
  /** All known warnings by id, as the phone sees them now. */
  rows: Map<string, WarningRow>;
  tab(status: WarningStatus): WarningRow[];
  /** The server's counts moved for the phone's own verifications; null before any list arrived. */
  counts: WarningCounts | null;
  /** Verifications waiting in the outbox. */
  queued: number;
  lists: Record<WarningStatus, ReturnType<typeof useWarningList>>;
}

/** The three lists merged with the phone's verifications (the home card, the tab badge, the list page). */
export function useWarningBoard(): WarningBoard {
  const me = useCurrentUser();
  const lists = { open: useWarningList('open'), overdue: useWarningList('overdue'), verified: useWarningList('verified') };
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const queryClient = useQueryClient();
  const now = useNow();
  const { open, overdue, verified } = lists;
  const merged = useMemo(() => {
    const stamps = [open.dataUpdatedAt, overdue.dataUpdatedAt, verified.dataUpdatedAt];
    const pages = [open.data?.pages[0], overdue.data?.pages[0], verified.data?.pages[0]];
    // The counts of the latest answer (each list answers the counts of all three).
    const latest = [0, 1, 2].filter((i) => pages[i]).sort((a, b) => stamps[b]! - stamps[a]!)[0];
    const rows = mergeWarnings({ server: serverCopies(queryClient), outbox: outbox.items, synced, myName: me.displayName, now });
    const counts = latest === undefined ? null : adjustCounts(pages[latest]!.counts, rows.values());
    const queued = outbox.items.filter((i) => i.kind === 'warningVerify' && i.state === 'pending').length;
    return { rows, counts, queued };
    // The lists' data (and when it came) decide; the query client is read for every copy it holds.
  }, [open.data, overdue.data, verified.data, open.dataUpdatedAt, overdue.dataUpdatedAt, verified.dataUpdatedAt, outbox.items, synced, queryClient, me.displayName, now]);
  return { ...merged, tab: (status: WarningStatus) => rowsOf(merged.rows.values(), status), lists };
}

/** One warning: the server's detail (or, offline, a list's copy, or the copy kept with a queued verification) and the phone's state. */
export function useWarningView(id: string) {
  const me = useCurrentUser();
  const detail = useWarningDetail(id);
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const queryClient = useQueryClient();
  const now = useNow();
  const item = outbox.items.find((i): i is OutboxItemOf<'warningVerify'> & OutboxItem => i.kind === 'warningVerify' && i.id === id) ?? null;
  return useMemo(() => {
    const copies = serverCopies(queryClient).filter((w) => w.id === id);
    const rows = mergeWarnings({ server: copies, outbox: item ? [item] : [], synced: synced.filter((r) => r.id === id), myName: me.displayName, now });
    const row = rows.get(id) ?? null;
    return {
      loading: !outbox.loaded || (!row && detail.isPending && detail.fetchStatus !== 'idle'),
      error: detail.error,
      /** The server's detail could not be had (offline): what shows is the phone's copy. */
      partial: !detail.data && row !== null,
      row,
      item,
    };
  }, [id, detail.data, detail.isPending, detail.fetchStatus, detail.error, outbox.loaded, item, synced, queryClient, me.displayName, now]);
}
