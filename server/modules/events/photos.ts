import crypto from 'node:crypto';
import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { PhotoRejected, type PreparedPhoto } from '../../storage/photo-store.ts';
import { insertPhotos, type PhotoRow } from './store.ts';

export type PreparedUploads = PreparedPhoto[];

/** Every upload checked and re-encoded; the problems of all of them at once. */
export async function preparePhotos(services: AppServices, uploads: Buffer[]): Promise<PreparedUploads> {
  if (uploads.length > PHOTO_LIMITS.maxPerEvent) throw new AppError('VALIDATION_FAILED', undefined, { photos: 'TOO_MANY_PHOTOS' });
  const prepared: PreparedPhoto[] = [];
  const problems: Record<string, string> = {};
  for (const [i, upload] of uploads.entries()) {
    try {
      prepared.push(await services.photos.prepare(upload));
    } catch (error) {
      if (!(error instanceof PhotoRejected)) throw error;
      problems[`photos.${i}`] = error.problem;
    }
  }
  if (Object.keys(problems).length > 0) throw new AppError('VALIDATION_FAILED', undefined, problems);
  return prepared;
}

/**
 * Photos are written to storage before the transaction that records them (`stageOf` inserts
 * their rows under a stage) and removed again if it does not commit, or if it never recorded
 * them (a retry that found the record already there).
 */
export async function savePhotos<T>(
  { photos }: AppServices, eventId: string, prepared: PreparedUploads, now: Date,
  run: (stageOf: (tx: Queryable, stage: string) => Promise<void>) => Promise<T>,
): Promise<T> {
  const saved: PhotoRow[] = [];
  let recorded = false;
  try {
    for (const [position, photo] of prepared.entries()) {
      const id = crypto.randomUUID();
      const storageKey = await photos.save(id, photo, now);
      saved.push({ id, event_id: eventId, position, storage_key: storageKey, content_type: photo.contentType, bytes: photo.bytes, width: photo.width, height: photo.height, sha256: photo.sha256, stage: 'report' });
    }
    const result = await run(async (tx, stage) => {
      await insertPhotos(tx, saved.map((p) => ({ ...p, stage })));
      recorded = true;
    });
    if (!recorded) await Promise.all(saved.map((p) => photos.remove(p.storage_key)));
    return result;
  } catch (error) {
    await Promise.all(saved.map((p) => photos.remove(p.storage_key).catch(() => {})));
    throw error;
  }
}
