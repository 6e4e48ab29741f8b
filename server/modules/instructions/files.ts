import crypto from 'node:crypto';
import type { Static } from 'typebox';
import type { StagedFile } from '../../../common/contracts/instructions.ts';
import { INSTRUCTION_LIMITS } from '../../../common/instructions/rules.ts';
import { checkName } from '../../../common/field/rules.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { Queryable } from '../../db/database.ts';
import type { InstructionFileRef } from '../../db/schema.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { PhotoRejected, type PreparedFile } from '../../storage/photo-store.ts';

type Staged = Static<typeof StagedFile>;
const PDF = /\.pdf$/i;

/**
 * An upload waits, owned by its uploader, until an instruction or a feedback names it. Images
 * are re-encoded like event photos (metadata gone); a PDF is kept as sent.
 */
export async function uploadFile({ database, photos }: AppServices, actor: Actor, upload: { data: Buffer; filename: string; mimetype: string }, now = new Date()): Promise<Staged> {
  const errors: Record<string, string> = {};
  checkName(errors, 'file', upload.filename, INSTRUCTION_LIMITS.fileName, true);
  assertNoFieldErrors(errors);
  let prepared: PreparedFile;
  try {
    prepared = upload.mimetype === 'application/pdf' || PDF.test(upload.filename) ? photos.prepareDocument(upload.data) : await photos.prepare(upload.data);
  } catch (error) {
    if (error instanceof PhotoRejected) throw new AppError('VALIDATION_FAILED', undefined, { file: error.problem });
    throw error;
  }
  const id = crypto.randomUUID();
  const name = prepared.contentType === 'image/jpeg' ? trimText(upload.filename).replace(/\.(png|webp|jpe?g)$/i, '') + '.jpg' : trimText(upload.filename);
  const storageKey = await photos.save(id, prepared, now, 'instructions');
  try {
    await database.db.insertInto('instruction_files').values({
      id, uploaded_by: actor.id, name, content_type: prepared.contentType, bytes: prepared.bytes, storage_key: storageKey, sha256: prepared.sha256, created_at: now,
    }).execute();
  } catch (error) {
    await photos.remove(storageKey);
    throw error;
  }
  return { id, name, contentType: prepared.contentType, bytes: prepared.bytes };
}

/**
 * Names the uploader's staged files for an instruction or a feedback, in the given order. A
 * file that is not theirs, is used already, or (for feedback photos) is not an image is a field
 * error under `field.<n>`; nothing is attached then.
 */
export async function attachFiles(
  tx: Queryable, actor: Actor, ids: readonly string[], to: { instructionId: string } | { feedbackId: string }, field: 'attachments' | 'photos',
): Promise<InstructionFileRef[]> {
  if (ids.length === 0) return [];
  const rows = await tx.selectFrom('instruction_files').select(['id', 'name', 'content_type', 'bytes'])
    .where('id', 'in', [...ids]).where('uploaded_by', '=', actor.id).where('instruction_id', 'is', null).where('feedback_id', 'is', null)
    .forUpdate().execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: Record<string, string> = {};
  ids.forEach((id, n) => {
    const row = byId.get(id);
    if (!row) problems[`${field}.${n}`] = 'FILE_NOT_FOUND';
    else if (field === 'photos' && row.content_type !== 'image/jpeg') problems[`${field}.${n}`] = 'NOT_A_PHOTO';
  });
  assertNoFieldErrors(problems);
  await tx.updateTable('instruction_files')
    .set('instructionId' in to ? { instruction_id: to.instructionId } : { feedback_id: to.feedbackId })
    .where('id', 'in', [...ids]).execute();
  return ids.map((id) => {
    const r = byId.get(id)!;
    return { id: r.id, name: r.name, contentType: r.content_type, bytes: r.bytes };
  });
}

/** A file of this instruction or of one of its feedbacks. */
export async function fileOf(db: Queryable, instructionId: string, fileId: string) {
  return db.selectFrom('instruction_files as f').leftJoin('instruction_feedback as b', 'b.id', 'f.feedback_id')
    .select(['f.storage_key', 'f.content_type', 'f.name'])
    .where('f.id', '=', fileId)
    .where((eb) => eb.or([eb('f.instruction_id', '=', instructionId), eb('b.instruction_id', '=', instructionId)]))
    .executeTakeFirst();
}
