import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { PHOTO_LIMITS } from '../../common/field/photos.ts';

export type PhotoProblem = 'NOT_AN_IMAGE' | 'PHOTO_TYPE' | 'PHOTO_TOO_LARGE';

export class PhotoRejected extends Error {
  constructor(public readonly problem: PhotoProblem) {
    super(problem);
  }
}

export interface PreparedPhoto {
  data: Buffer;
  contentType: 'image/jpeg';
  bytes: number;
  width: number;
  height: number;
  sha256: string;
}

/** What is stored: a re-encoded photo, or a document kept as sent. */
export interface PreparedFile {
  data: Buffer;
  contentType: 'image/jpeg' | 'application/pdf';
  bytes: number;
  sha256: string;
}

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
/** A notice or a plan as PDF may be larger than a photo. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Refuse decompression bombs: a 5 MB file may not expand to more than this many pixels. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Event photos live on disk (EPIGRID_UPLOADS_DIR), never in the database. Every upload is
 * decoded and re-encoded as JPEG: that proves it is an image, applies and then drops the EXIF
 * orientation, and strips all metadata (GPS position, device, owner) from the stored copy.
 */
export class PhotoStore {
  constructor(private readonly root: string) {}

  async prepare(input: Buffer): Promise<PreparedPhoto> {
    if (input.length > PHOTO_LIMITS.maxBytes) throw new PhotoRejected('PHOTO_TOO_LARGE');
    let format: string | undefined;
    try {
      format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
    } catch {
      throw new PhotoRejected('NOT_AN_IMAGE');
    }
    if (!format || !ACCEPTED_FORMATS.has(format)) throw new PhotoRejected('PHOTO_TYPE');
    try {
      const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: PHOTO_LIMITS.maxEdge, height: PHOTO_LIMITS.maxEdge, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      return {
        data, contentType: 'image/jpeg', bytes: data.length, width: info.width, height: info.height,
        sha256: crypto.createHash('sha256').update(data).digest('hex'),
      };
    } catch {
      throw new PhotoRejected('NOT_AN_IMAGE');
    }
  }

  /**
   * A PDF is kept as sent (it cannot be re-encoded like a photo): only its size and its shape
   * are checked — the `%PDF-` header and an `%%EOF` near the end.
   */
  prepareDocument(input: Buffer): PreparedFile {
    if (input.length > DOCUMENT_MAX_BYTES) throw new PhotoRejected('PHOTO_TOO_LARGE');
    const tail = input.subarray(Math.max(0, input.length - 1024)).toString('latin1');
    if (input.subarray(0, 5).toString('latin1') !== '%PDF-' || !tail.includes('%%EOF')) throw new PhotoRejected('PHOTO_TYPE');
    return { data: input, contentType: 'application/pdf', bytes: input.length, sha256: crypto.createHash('sha256').update(input).digest('hex') };
  }

  /** Writes atomically (temporary file, then rename) and answers the storage key. */
  async save(photoId: string, photo: PreparedFile, at: Date, folder = 'events'): Promise<string> {
    const extension = photo.contentType === 'application/pdf' ? 'pdf' : 'jpg';
    const key = path.posix.join(folder, at.toISOString().slice(0, 7), `${photoId}.${extension}`);
    const file = this.fileOf(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await fsp.writeFile(temporary, photo.data, { mode: 0o640 });
    await fsp.rename(temporary, file);
    return key;
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.fileOf(key), { force: true });
  }

  open(key: string): fs.ReadStream {
    return fs.createReadStream(this.fileOf(key));
  }

  private fileOf(key: string): string {
    const file = path.resolve(this.root, key);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error('storage key escapes the uploads folder');
    return file;
  }
}
