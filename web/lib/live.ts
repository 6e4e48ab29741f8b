import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ALL_PANELS, coalescer, stalePanels, type PanelName } from './live-panels.ts';
import { openLiveStream } from './live-stream.ts';

export type { PanelName };

/** Before the first connection, on it, and after losing it (EventSource is trying again). */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** A busy city changes every instant; each panel refetches at most once a second. */
const MIN_REFRESH_MS = 1000;

/**
 * Keeps a page's dashboard panels current from the one live stream it opens: a change in the
 * viewed region invalidates the queries of the panels it concerns (`keyOf` gives each panel's
 * key prefix), and a reconnection or the server's `resync` all of them, since changes may have
 * been missed meanwhile.
 * Returns the stream's state, for the 实时 indicator and for polling while it is down.
 */
export function useLiveRefresh(region: string, keyOf: (panel: PanelName) => QueryKey): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  // Drilling down or a new key function keeps the stream open: only what it refreshes changes.
  const viewed = useRef(region);
  const keys = useRef(keyOf);
  useEffect(() => {
    viewed.current = region;
    keys.current = keyOf;
  }, [region, keyOf]);

  useEffect(() => {
    const refresh = coalescer((panel) => void queryClient.invalidateQueries({ queryKey: keys.current(panel as PanelName) }), MIN_REFRESH_MS);
    const stop = openLiveStream({
      onOpen(resumed) {
        setState('live');
        if (resumed) ALL_PANELS.forEach((panel) => refresh.request(panel));
      },
      onLost: () => setState('reconnecting'),
      onChange: (change) => stalePanels(change, viewed.current).forEach((panel) => refresh.request(panel)),
      onResync: () => ALL_PANELS.forEach((panel) => refresh.request(panel)),
    });
    return () => {
      stop();
      refresh.dispose();
    };
  }, [queryClient]);

  return state;
}
