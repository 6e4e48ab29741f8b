import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api.ts';

export const ME_KEY = ['me'] as const;

/**
 * One client for the console. A 401 from any call means the session is gone: forgetting the
 * signed-in user makes the auth guard send the browser to /login, remembering where it was.
 */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetUserOnUnauthenticated }),
  mutationCache: new MutationCache({ onError: forgetUserOnUnauthenticated }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retrying a refusal cannot change the answer; retry only network and server faults.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

function forgetUserOnUnauthenticated(error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) queryClient.setQueryData(ME_KEY, null);
}
