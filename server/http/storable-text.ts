import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { unstorableProblem } from '../../common/text/rules.ts';
import { AppError } from '../core/errors.ts';

const MAX_DEPTH = 32;
const MAX_FIELDS = 20;

/**
 * Parsed JSON, and parsed query strings and route parameters, whose parsers make objects with
 * no prototype or one without a prototype of its own; never a stream, buffer or class instance.
 */
function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

function collect(value: unknown, path: string, fields: Record<string, string>, depth: number): void {
  if (Object.keys(fields).length >= MAX_FIELDS || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const problem = unstorableProblem(value);
    if (problem) fields[path || 'body'] = problem;
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, path ? `${path}.${i}` : String(i), fields, depth + 1));
  } else if (value !== null && typeof value === 'object' && isPlain(value)) {
    for (const [key, v] of Object.entries(value)) {
      const keyProblem = unstorableProblem(key);
      const at = path ? `${path}.${keyProblem ? '?' : key}` : (keyProblem ? '?' : key);
      if (keyProblem) fields[at] = keyProblem;
      else collect(v, at, fields, depth + 1);
    }
  }
}

/**
 * The net under every field rule: no string of any request (body, query, route parameter) may
 * carry NUL or an unpaired surrogate, which PostgreSQL refuses (500 and, in a group commit, a
 * failed batch) or silently turns into U+FFFD. Each field's own rule (common/text/rules.ts)
 * refuses more; this one holds where a field has none. Multipart parts are not parsed here.
 */
export const storableText = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const fields: Record<string, string> = {};
    collect(request.params, '', fields, 0);
    collect(request.query, '', fields, 0);
    collect(request.body, '', fields, 0);
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', undefined, fields);
  });
});
