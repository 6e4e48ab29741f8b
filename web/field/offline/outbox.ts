import { outboxChanged } from './changes.ts';
import { fieldDb } from './db.ts';
import { dependentsOf } from './plan.ts';
import type { OutboxItem, OutboxKind, OutboxPayloads, StoredError } from './outbox-types.ts';

/**
 * The outbox: every record the worker makes is written here first (with its client UUID), in
 * the same moment it appears on screen, and leaves only when the server has stored it or the
 * worker discards it.
 */
export async function listOutbox(userId?: string): Promise<OutboxItem[]> {
  const db = await fieldDb();
  const all = await db.getAllFromIndex('outbox', 'bySeq');
  return userId === undefined ? all : all.filter((i) => i.userId === userId);
}

export interface EnqueueOptions {
  userId: string;
  photoIds?: string[];
  /** Keyed by what it is about (a task read on opening): an item already waiting under the id stays, and is answered. */
  once?: boolean;
}

export async function enqueue<K extends OutboxKind>(kind: K, id: string, payload: OutboxPayloads[K], options: EnqueueOptions): Promise<OutboxItem> {
  const db = await fieldDb();
  const tx = db.transaction('outbox', 'readwrite');
  if (options.once) {
    const waiting = await tx.store.get(id);
    if (waiting) {
      await tx.done;
      return waiting;
    }
  }
  const last = await tx.store.index('bySeq').openCursor(null, 'prev');
  const now = Date.now();
  const item = {
    id, kind, payload, userId: options.userId, seq: (last?.value.seq ?? 0) + 1, createdAt: now,
    state: 'pending', attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: options.photoIds ?? [],
  } as OutboxItem;
  await tx.store.add(item);
  await tx.done;
  outboxChanged();
  return item;
}

/**
 * A heartbeat replaces one still waiting for the same shift: the server derives "last seen"
 * from the latest, and an offline afternoon should not queue a hundred of them.
 */
export async function enqueueHeartbeat(payload: OutboxPayloads['heartbeat'], userId: string, sendingId: string | null): Promise<void> {
  const db = await fieldDb();
  const waiting = (await db.getAllFromIndex('outbox', 'bySeq'))
    .filter((i) => i.kind === 'heartbeat' && i.payload.shiftId === payload.shiftId && i.state === 'pending' && i.id !== sendingId);
  for (const old of waiting) await db.delete('outbox', old.id);
  await enqueue('heartbeat', payload.id, payload, { userId });
}

async function patch(id: string, change: (item: OutboxItem) => OutboxItem): Promise<OutboxItem | null> {
  const db = await fieldDb();
  const tx = db.transaction('outbox', 'readwrite');
  const item = await tx.store.get(id);
  if (!item) return null;
  const next = change(item);
  await tx.store.put(next);
  await tx.done;
  outboxChanged();
  return next;
}

/** The worker fixed a refused (or waiting) item: same id, same place in the queue, tried at once. */
export function resubmit<K extends OutboxKind>(id: string, payload: OutboxPayloads[K], photoIds?: string[]): Promise<OutboxItem | null> {
  return patch(id, (item) => ({
    ...item, payload, photoIds: photoIds ?? item.photoIds, state: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null,
  } as OutboxItem));
}

export function markRetry(id: string, error: StoredError, nextAttemptAt: number): Promise<OutboxItem | null> {
  return patch(id, (item) => ({ ...item, attempts: item.attempts + 1, lastAttemptAt: error.at, nextAttemptAt, lastError: error }));
}

export function markRejected(id: string, error: StoredError): Promise<OutboxItem | null> {
  return patch(id, (item) => ({ ...item, state: 'rejected', attempts: item.attempts + 1, lastAttemptAt: error.at, lastError: error }));
}

/** The network is back: whatever was backing off because of it may go now. */
export async function retryNow(userId: string): Promise<void> {
  const db = await fieldDb();
  const tx = db.transaction('outbox', 'readwrite');
  let changed = false;
  for (const item of await tx.store.getAll()) {
    if (item.userId === userId && item.state === 'pending' && item.nextAttemptAt > Date.now()) {
      await tx.store.put({ ...item, nextAttemptAt: 0 });
      changed = true;
    }
  }
  await tx.done;
  if (changed) outboxChanged();
}

/** Stored by the server: out of the outbox, into the recent log, photos freed. */
export async function completeItem(item: OutboxItem, result: unknown): Promise<void> {
  const db = await fieldDb();
  const tx = db.transaction(['outbox', 'photos', 'synced'], 'readwrite');
  await tx.objectStore('outbox').delete(item.id);
  for (const photoId of item.photoIds) await tx.objectStore('photos').delete(photoId);
  await tx.objectStore('synced').put({ id: item.id, userId: item.userId, kind: item.kind, payload: item.payload, result, syncedAt: Date.now() });
  await tx.done;
  outboxChanged();
}

/** Discards an item and everything that needs it; answers what was discarded. */
export async function discard(id: string): Promise<OutboxItem[]> {
  const db = await fieldDb();
  const items = await db.getAllFromIndex('outbox', 'bySeq');
  const target = items.find((i) => i.id === id);
  if (!target) return [];
  const gone = [target, ...dependentsOf(items, id)];
  const tx = db.transaction(['outbox', 'photos'], 'readwrite');
  for (const item of gone) {
    await tx.objectStore('outbox').delete(item.id);
    for (const photoId of item.photoIds) await tx.objectStore('photos').delete(photoId);
  }
  await tx.done;
  outboxChanged();
  return gone;
}

/**
 * PERSON_EXISTS: the person is already registered. Records that were made for the duplicate
 * (arrivals, departures) are moved to the existing person, and the duplicate is dropped.
 */
export async function adoptExistingPerson(duplicateId: string, existingId: string): Promise<number> {
  const db = await fieldDb();
  const tx = db.transaction('outbox', 'readwrite');
  let moved = 0;
  for (const item of await tx.store.getAll()) {
    if (item.kind === 'movement' && item.payload.personId === duplicateId) {
      await tx.store.put({ ...item, payload: { ...item.payload, personId: existingId } });
      moved += 1;
    }
  }
  await tx.store.delete(duplicateId);
  await tx.done;
  outboxChanged();
  return moved;
}

const SYNCED_KEEP_MS = 3 * 86_400_000;

export async function listSynced(userId: string): Promise<import('./db.ts').SyncedRecord[]> {
  const db = await fieldDb();
  const all = await db.getAllFromIndex('synced', 'bySyncedAt');
  const cutoff = Date.now() - SYNCED_KEEP_MS;
  const old = all.filter((r) => r.syncedAt < cutoff);
  if (old.length > 0) {
    const tx = db.transaction('synced', 'readwrite');
    for (const r of old) await tx.store.delete(r.id);
    await tx.done;
  }
  return all.filter((r) => r.syncedAt >= cutoff && r.userId === userId).reverse();
}

/**
 * HOUSEHOLD_DUPLICATE_ADDRESS, and the worker says it is the same household: the members and
 * visits recorded for the duplicate join the existing one, and the duplicate is dropped.
 */
export async function adoptExistingHousehold(duplicateId: string, existingId: string): Promise<number> {
  const db = await fieldDb();
  const tx = db.transaction('outbox', 'readwrite');
  let moved = 0;
  for (const item of await tx.store.getAll()) {
    if ((item.kind === 'person' || item.kind === 'visit') && item.payload.householdId === duplicateId) {
      await tx.store.put({ ...item, payload: { ...item.payload, householdId: existingId } } as OutboxItem);
      moved += 1;
    }
  }
  await tx.store.delete(duplicateId);
  await tx.done;
  outboxChanged();
  return moved;
}
