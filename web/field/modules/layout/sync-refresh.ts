import { useEffect } from 'react';
import { syncEngine } from '../../offline/sync-engine.ts';
import { queryClient } from '../../query-client.ts';

/** When the server has stored queued records, the lists that show them are fetched again (once per burst). */
export function useSyncRefresh(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = syncEngine.onCompleted(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'geometry' });
      }, 800);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, []);
}
