import { PHOTO_LIMITS } from '../../../common/field/photos.ts';
import { fieldDb, type StoredPhoto } from './db.ts';

/**
 * Photos are shrunk on the phone before they are queued: at most PHOTO_LIMITS.maxEdge pixels
 * on the long side, re-encoded as JPEG (which also drops EXIF, GPS tags included). A 12 MP
 * camera shot becomes a few hundred kB, which matters on a slow connection.
 */
const QUALITIES = [0.8, 0.7, 0.6, 0.5];

export class PhotoError extends Error {
  constructor(readonly reason: 'TYPE' | 'DECODE' | 'TOO_LARGE') {
    super(reason);
  }
}

async function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoError('DECODE'))), 'image/jpeg', quality);
  });
}

async function shrinkPhoto(file: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  if (file.type && !file.type.startsWith('image/')) throw new PhotoError('TYPE');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('DECODE');
  }
  const scale = Math.min(1, PHOTO_LIMITS.maxEdge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoError('DECODE');
  // JPEG has no transparency: a PNG screenshot's clear areas become white, not black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  for (const quality of QUALITIES) {
    const blob = await encode(canvas, quality);
    if (blob.size <= PHOTO_LIMITS.maxBytes) return { blob, width, height };
  }
  throw new PhotoError('TOO_LARGE');
}

export async function savePhoto(userId: string, file: Blob): Promise<StoredPhoto> {
  const { blob, width, height } = await shrinkPhoto(file);
  const photo: StoredPhoto = { id: crypto.randomUUID(), userId, blob, width, height, createdAt: Date.now() };
  await (await fieldDb()).put('photos', photo);
  return photo;
}

export async function loadPhoto(id: string): Promise<StoredPhoto | undefined> {
  return (await fieldDb()).get('photos', id);
}

async function deletePhotos(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await fieldDb();
  const tx = db.transaction('photos', 'readwrite');
  for (const id of ids) await tx.store.delete(id);
  await tx.done;
}

/** Photos that no queued item and no draft refers to (a form closed mid-way, a crash): removed after a day. */
export async function removeOrphanPhotos(): Promise<number> {
  const db = await fieldDb();
  const used = new Set<string>();
  for (const item of await db.getAll('outbox')) item.photoIds.forEach((id) => used.add(id));
  for (const draft of await db.getAll('drafts')) {
    const ids = draft.values.photos;
    if (Array.isArray(ids)) ids.forEach((id) => typeof id === 'string' && used.add(id));
  }
  const cutoff = Date.now() - 86_400_000;
  const orphans = (await db.getAll('photos')).filter((p) => !used.has(p.id) && p.createdAt < cutoff);
  await deletePhotos(orphans.map((p) => p.id));
  return orphans.length;
}
