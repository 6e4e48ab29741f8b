import type { FastifyError, FastifyInstance } from 'fastify';
import { ERROR_CODES, type ErrorBody, type ErrorCode } from '../../common/errors.ts';
import { AppError } from '../core/errors.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { RETRY_AFTER_SECONDS, type DatabaseOutage } from '../db/outage.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** '/body/user/name' style paths: Fastify puts the request part (body, querystring, params) in front. */
function fieldsFromValidation(errors: AjvError[], context: string | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    // Ajv names one property (missingProperty); TypeBox lists them (requiredProperties).
    const missing = e.params?.missingProperty ?? (e.params?.requiredProperties as string[] | undefined)?.[0];
    const extra = e.params?.additionalProperty ?? (e.params?.additionalProperties as string[] | undefined)?.[0];
    if (e.keyword === 'required' && typeof missing === 'string') field = field ? `${field}.${missing}` : missing;
    if (e.keyword === 'additionalProperties' && typeof extra === 'string') field = field ? `${field}.${extra}` : extra;
    const key = field || context || 'request';
    const notAllowed = e.keyword === 'additionalProperties' || e.keyword === 'boolean';
    fields[key] ??= notAllowed ? 'is not allowed' : e.keyword === 'required' ? 'is required' : (e.message ?? e.keyword);
  }
  return fields;
}

export function errorBody(code: ErrorCode, message: string, fields?: Record<string, string>, requestId?: string): ErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) } };
}

/**
 * `outage` hears of every request that found the database unreachable; it logs the outage
 * once, so the answers themselves are not logged one by one.
 */
export function installErrorHandling(app: FastifyInstance, outage?: DatabaseOutage): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const status = ERROR_CODES[error.code].status;
      return reply.status(status).send({ ...errorBody(error.code, error.message, error.fields), ...error.extra });
    }
    if (error.validation) {
      const fields = fieldsFromValidation(error.validation as AjvError[], error.validationContext);
      return reply.status(400).send(errorBody('VALIDATION_FAILED', ERROR_CODES.VALIDATION_FAILED.en, fields));
    }
    if (isDatabaseUnavailable(error)) {
      outage?.noteUnavailable(error);
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(errorBody('DATABASE_UNAVAILABLE', ERROR_CODES.DATABASE_UNAVAILABLE.en, undefined, request.id));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', ERROR_CODES.PAYLOAD_TOO_LARGE.en));
    if (status === 429) return reply.status(429).send(errorBody('RATE_LIMITED', ERROR_CODES.RATE_LIMITED.en));
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody('BAD_REQUEST', error.message));
    }
    // Internals stay in the log, tied to the request id the caller sees.
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', ERROR_CODES.INTERNAL.en, undefined, request.id));
  });
}
