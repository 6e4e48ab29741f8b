import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api.ts';

export const ME_KEY = ['me'] as const;

/**
 * Queries run even when the browser says it is offline: the fetch fails fast and the query
 * answers from the phone's copy (cachedGet). A 401 anywhere means the session is gone.
 */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError(error) {
      if (isApiError(error, 'UNAUTHENTICATED')) queryClient.setQueryData(ME_KEY, null);
    },
  }),
  defaultOptions: {
    queries: {
      networkMode: 'always',
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 2 && navigator.onLine && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
    mutations: { networkMode: 'always' },
  },
});
