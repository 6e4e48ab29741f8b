import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from '../offline/drafts.ts';

export interface DraftState<V> {
  ready: boolean;
  /** The form's starting values: the saved draft over the defaults. */
  values: V;
  /** A draft from an earlier visit was restored. */
  restored: boolean;
  save(values: V): void;
  /** The record was queued (or the worker started over): the draft goes. */
  clear(): Promise<void>;
}

const SAVE_DELAY_MS = 250;

/**
 * A form's draft in IndexedDB, written while the worker types (debounced, and at once when the
 * page is hidden or left), read back when the form opens again: a reload, a crash or a call
 * that sends the browser to the background loses nothing.
 */
export function useDraft<V extends Record<string, unknown>>(key: string, defaults: V): DraftState<V> {
  const [state, setState] = useState<{ ready: boolean; values: V; restored: boolean }>({ ready: false, values: defaults, restored: false });
  const pending = useRef<V | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cleared = useRef(false);

  useEffect(() => {
    let live = true;
    cleared.current = false;
    void loadDraft(key).then((draft) => {
      if (!live) return;
      setState({ ready: true, values: draft ? { ...defaults, ...(draft.values as Partial<V>) } : defaults, restored: Boolean(draft) });
    });
    return () => {
      live = false;
    };
    // The defaults are read once per form key.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [key]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = pending.current;
    pending.current = null;
    if (values && !cleared.current) void saveDraft(key, values);
  }, [key]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const save = useCallback((values: V) => {
    cleared.current = false;
    pending.current = values;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);

  const clear = useCallback(async () => {
    cleared.current = true;
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    await clearDraft(key);
  }, [key]);

  return { ...state, save, clear };
}
