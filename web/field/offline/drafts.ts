import { fieldDb, type Draft } from './db.ts';

/** Form drafts: what the worker has typed so far, saved as they type, keyed per user and form. */
export async function loadDraft(key: string): Promise<Draft | undefined> {
  return (await fieldDb()).get('drafts', key);
}

export async function saveDraft(key: string, values: Record<string, unknown>): Promise<void> {
  await (await fieldDb()).put('drafts', { key, values, updatedAt: Date.now() });
}

export async function clearDraft(key: string): Promise<void> {
  await (await fieldDb()).delete('drafts', key);
}
