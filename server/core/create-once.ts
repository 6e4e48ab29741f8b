import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';

/**
 * Offline phones retry. A create runs `insert` (INSERT … ON CONFLICT (id) DO NOTHING RETURNING);
 * when the id is already stored, the stored record is answered instead (HTTP 200), provided it
 * was made by the same account: an id is not a way to read someone else's record.
 */
export interface CreateOutcome<T> {
  created: boolean;
  value: T;
}

export async function createOnce<T>(
  actor: Actor,
  insert: () => Promise<boolean>,
  load: () => Promise<{ createdBy: string; value: T } | null>,
  afterCreate: () => Promise<void>,
): Promise<CreateOutcome<T>> {
  if (await insert()) {
    await afterCreate();
    const stored = await load();
    return { created: true, value: stored!.value };
  }
  const existing = await load();
  if (!existing || existing.createdBy !== actor.id) {
    throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
  }
  return { created: false, value: existing.value };
}
