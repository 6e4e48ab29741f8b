import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../lib/me.ts';

const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
}

/** The console's sign-in page, which comes back here (region included) afterwards. */
export function goToLogin(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.replace(`/login?next=${encodeURIComponent(here)}`);
}
