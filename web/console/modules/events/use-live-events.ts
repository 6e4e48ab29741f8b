import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { coalescer } from '../../../lib/live-panels.ts';
import { openLiveStream } from '../../../lib/live-stream.ts';

/** A busy district reports and handles events every few seconds; the lists re-read at most this often. */
const MIN_REFRESH_MS = 2000;

/**
 * Keeps the open event lists, drawer and statistics current: a change on the `events` topic
 * (a report, a step, an escalation) anywhere the server lets this account hear of re-reads them,
 * and so does a reconnection, after which changes may have been missed.
 */
export function useLiveEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = coalescer(() => void queryClient.invalidateQueries({ queryKey: ['events'] }), MIN_REFRESH_MS);
    const stop = openLiveStream({
      onOpen: (resumed) => {
        if (resumed) refresh.request('events');
      },
      onLost: () => {},
      onChange: (change) => {
        if (change.topics.includes('events')) refresh.request('events');
      },
      onResync: () => refresh.request('events'),
    });
    return () => {
      stop();
      refresh.dispose();
    };
  }, [queryClient]);
}
