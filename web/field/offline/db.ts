import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from './outbox-types.ts';

/**
 * Everything the phone keeps: the outbox (records waiting for the server, in creation order),
 * photo blobs, form drafts, the last answers of a few GETs (for offline start) and a log of
 * what was recently sent. One database per origin; rows carry the user they belong to.
 */
export interface StoredPhoto {
  id: string;
  userId: string;
  blob: Blob;
  width: number;
  height: number;
  createdAt: number;
}

export interface Draft {
  key: string;
  values: Record<string, unknown>;
  updatedAt: number;
}

export interface CachedAnswer {
  key: string;
  data: unknown;
  savedAt: number;
}

export interface SyncedRecord {
  id: string;
  userId: string;
  kind: OutboxItem['kind'];
  payload: unknown;
  result: unknown;
  syncedAt: number;
}

interface FieldDB extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { bySeq: number } };
  photos: { key: string; value: StoredPhoto };
  drafts: { key: string; value: Draft };
  cache: { key: string; value: CachedAnswer };
  synced: { key: string; value: SyncedRecord; indexes: { bySyncedAt: number } };
}

export type FieldDatabase = IDBPDatabase<FieldDB>;

let opening: Promise<FieldDatabase> | null = null;

export function fieldDb(): Promise<FieldDatabase> {
  opening ??= openDB<FieldDB>('epigrid-field', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('bySeq', 'seq', { unique: true });
      db.createObjectStore('photos', { keyPath: 'id' });
      db.createObjectStore('drafts', { keyPath: 'key' });
      db.createObjectStore('cache', { keyPath: 'key' });
      db.createObjectStore('synced', { keyPath: 'id' }).createIndex('bySyncedAt', 'syncedAt');
    },
    blocking() {
      // A newer version of the app wants to upgrade the database: let it.
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}
