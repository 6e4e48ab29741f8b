import { ERROR_CODES, type ErrorCode } from '../../common/errors.ts';

/** A domain error: services throw it, the edge turns it into the one error shape. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly fields?: Record<string, string>,
    public readonly extra?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_CODES[code].en);
  }
}
