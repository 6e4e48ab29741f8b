import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { onOutboxChange } from './changes.ts';
import { listOutbox, listSynced } from './outbox.ts';
import type { SyncedRecord } from './db.ts';
import type { OutboxItem } from './outbox-types.ts';
import { planQueue, type QueuePlan } from './plan.ts';
import { syncEngine, type SyncStatus } from './sync-engine.ts';

/** One copy of the outbox for every screen, reloaded from IndexedDB when it changes. */
let snapshot: OutboxItem[] | null = null;
const subscribers = new Set<() => void>();

function reload(): void {
  void listOutbox().then((items) => {
    snapshot = items;
    subscribers.forEach((s) => s());
  });
}

function subscribe(listener: () => void): () => void {
  if (subscribers.size === 0) {
    const off = onOutboxChange(reload);
    subscribers.add(listener);
    reload();
    return () => {
      subscribers.delete(listener);
      if (subscribers.size === 0) off();
    };
  }
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

export interface OutboxView {
  loaded: boolean;
  /** This user's items, in creation order. */
  items: OutboxItem[];
  plan: QueuePlan;
  /** Items of other accounts that signed in on this phone. */
  othersCount: number;
}

export function useOutbox(userId: string): OutboxView {
  const all = useSyncExternalStore(subscribe, () => snapshot);
  const status = useSyncStatus();
  return useMemo(() => {
    const items = (all ?? []).filter((i) => i.userId === userId);
    return { loaded: all !== null, items, plan: planQueue(items, Date.now()), othersCount: (all ?? []).length - items.length };
    // The sync status changes when items are tried: re-plan then.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [all, userId, status]);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(syncEngine.subscribe, syncEngine.getStatus);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/** Records the server stored in the last days (newest first). */
export function useSynced(userId: string): SyncedRecord[] {
  const [records, setRecords] = useState<SyncedRecord[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void listSynced(userId).then((r) => live && setRecords(r));
    load();
    const off = onOutboxChange(load);
    return () => {
      live = false;
      off();
    };
  }, [userId]);
  return records;
}
