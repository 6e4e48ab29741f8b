import type { FastifyRequest } from 'fastify';
import { REGISTER_LIMITS } from '../../common/field/register-format.ts';
import { AppError } from '../core/errors.ts';

/** The one file part `file` of a multipart register upload, refused past the register size limit. */
export async function uploadedWorkbook(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the workbook as multipart/form-data');
  const file = await request.file({ limits: { fileSize: REGISTER_LIMITS.maxBytes, files: 1 } });
  if (!file) throw new AppError('VALIDATION_FAILED', undefined, { file: 'is required' });
  try {
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', 'the workbook is larger than 10 MB', { file: 'TOO_LARGE' });
    throw error;
  }
}
