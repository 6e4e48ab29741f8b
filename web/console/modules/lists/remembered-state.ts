import { useState, type Dispatch, type SetStateAction } from 'react';
import { useCurrentUser } from '../auth/session.ts';

/**
 * List filters and the page number survive a visit to a detail page and back, in memory only:
 * never in the address bar or history (a filter may be an ID or phone number), gone on reload
 * and on sign-out (which reloads), and dropped when another account signs in.
 */
const memory = new Map<string, unknown>();
let owner: string | null = null;

export function useRememberedState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const me = useCurrentUser();
  if (owner !== me.id) {
    memory.clear();
    owner = me.id;
  }
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const set: Dispatch<SetStateAction<T>> = (next) => {
    setValue((previous) => {
      const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
      memory.set(key, resolved);
      return resolved;
    });
  };
  return [value, set];
}
