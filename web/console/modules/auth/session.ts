import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me } from '../../../../common/contracts/auth.ts';
import type { Permission } from '../../../../common/permissions.ts';
import { fetchMe } from '../../../lib/me.ts';
import { ME_KEY } from '../../query-client.ts';

export function useSession() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
}

export const CurrentUserContext = createContext<Me | null>(null);

/** Inside the auth guard the user is known; outside it this is a programming error. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside <RequireAuth>');
  return me;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useCurrentUser();
  return (permission) => me.permissions.includes(permission);
}
