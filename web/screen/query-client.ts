import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api.ts';
import { goToLogin } from './session.ts';

/**
 * The screen runs unattended for days: a session that ends mid-way sends it to sign in again,
 * and a failing panel keeps its last figures while it retries in the background.
 */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError(error) {
      if (isApiError(error, 'UNAUTHENTICATED')) goToLogin();
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 3 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});
