import type { FastifyRequest } from 'fastify';
import { REGISTER_LIMITS } from '../../common/field/register-format.ts';
import { AppError } from '../core/errors.ts';

export interface UploadedFile {
  data: Buffer;
  filename: string;
  mimetype: string;
}

/** The one file part `file` of a multipart upload, refused past `maxBytes` with the given field problem. */
export async function uploadedFile(request: FastifyRequest, limit: { maxBytes: number; tooLarge: () => AppError; what: string }): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `send the ${limit.what} as multipart/form-data`);
  const file = await request.file({ limits: { fileSize: limit.maxBytes, files: 1 } });
  if (!file) throw new AppError('VALIDATION_FAILED', undefined, { file: 'is required' });
  try {
    return { data: await file.toBuffer(), filename: file.filename, mimetype: file.mimetype };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw limit.tooLarge();
    throw error;
  }
}

/** The one file part `file` of a multipart register upload, refused past the register size limit. */
export async function uploadedWorkbook(request: FastifyRequest): Promise<Buffer> {
  const { data } = await uploadedFile(request, {
    maxBytes: REGISTER_LIMITS.maxBytes, what: 'workbook',
    tooLarge: () => new AppError('PAYLOAD_TOO_LARGE', 'the workbook is larger than 10 MB', { file: 'TOO_LARGE' }),
  });
  return data;
}
