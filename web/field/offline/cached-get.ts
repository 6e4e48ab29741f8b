import { api, isApiError } from '../../lib/api.ts';
import { fieldDb } from './db.ts';

type Query = Record<string, string | number | undefined>;

/**
 * A GET whose last good answer is kept on the phone: with no network the app starts from it
 * (the home figures, the household list, the grid outline). Keyed by user, so one worker never
 * sees another's data on a shared phone.
 */
export async function cachedGet<T>(userId: string, path: string, query?: Query): Promise<T> {
  const key = `${userId} ${path}?${new URLSearchParams(Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString()}`;
  try {
    const data = await api.get<T>(path, query);
    void fieldDb().then((db) => db.put('cache', { key, data, savedAt: Date.now() }));
    return data;
  } catch (error) {
    if (isApiError(error, 'NETWORK')) {
      const cached = await (await fieldDb()).get('cache', key);
      if (cached) return cached.data as T;
    }
    throw error;
  }
}

export async function readCached<T>(userId: string, path: string): Promise<T | undefined> {
  return (await (await fieldDb()).get('cache', `${userId} ${path}?`))?.data as T | undefined;
}

export async function writeCached(userId: string, path: string, data: unknown): Promise<void> {
  await (await fieldDb()).put('cache', { key: `${userId} ${path}?`, data, savedAt: Date.now() });
}

/** Logging out forgets the user's cached answers (drafts and unsent records stay). */
export async function forgetCached(userId: string): Promise<void> {
  const db = await fieldDb();
  const tx = db.transaction('cache', 'readwrite');
  for (const key of await tx.store.getAllKeys()) if (key.startsWith(`${userId} `)) await tx.store.delete(key);
  await tx.done;
}
