import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { coalescer } from '../../../lib/live-panels.ts';
import { openLiveStream } from '../../../lib/live-stream.ts';
import { INSTRUCTIONS_KEY, NOTIFICATIONS_KEY } from './queries.ts';

/** Many grids answering at once re-read the shown figures at most once a second. */
const MIN_REFRESH_MS = 1000;

/**
 * Keeps the bell and the instruction pages current: a receipt read or answered, a reminder,
 * an instruction sent or withdrawn anywhere in the caller's scope (the server clips the stream
 * to it) re-reads what is shown of them; a reconnection or the server's resync too, since
 * changes may have been missed meanwhile. Mounted once, by the header's bell.
 */
export function useInstructionsLive(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = coalescer(() => {
      void queryClient.invalidateQueries({ queryKey: INSTRUCTIONS_KEY });
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    }, MIN_REFRESH_MS);
    const stop = openLiveStream({
      onOpen: (resumed) => {
        if (resumed) refresh.request('instructions');
      },
      onLost: () => undefined,
      onChange: (change) => {
        if (change.topics.includes('instructions')) refresh.request('instructions');
      },
      onResync: () => refresh.request('instructions'),
    });
    return () => {
      stop();
      refresh.dispose();
    };
  }, [queryClient]);
}
