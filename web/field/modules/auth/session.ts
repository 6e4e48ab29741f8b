import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me } from '../../../../common/contracts/auth.ts';
import { api, isApiError } from '../../../lib/api.ts';
import { forgetCached, readCached, writeCached } from '../../offline/cached-get.ts';
import { ME_KEY } from '../../query-client.ts';

/** The last signed-in user is kept on the phone, so the app opens offline. */
const SESSION = '~session';

export async function rememberUser(me: Me): Promise<void> {
  await writeCached(SESSION, '/api/me', me);
}

export async function forgetUser(): Promise<void> {
  await forgetCached(SESSION);
}

/**
 * The signed-in user: the server's answer; with no network the remembered one (the session
 * cookie is still there, the server will judge it when the phone is back online); null when
 * the server says there is no session.
 */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api('GET /api/me');
    await rememberUser(me);
    return me;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      await forgetUser();
      return null;
    }
    if (isApiError(error, 'NETWORK')) return (await readCached<Me>(SESSION, '/api/me')) ?? null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside <RequireAuth>');
  return me;
}
