import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from './errors.ts';

/** For bodies Fastify cannot validate by route schema (multipart parts, spreadsheet rows): the same field-level errors. */
export function validateValue<T>(schema: TSchema, value: unknown, prefix = ''): T {
  const withDefaults = Value.Default(schema, Value.Clone(value));
  const errors = [...Value.Errors(schema, withDefaults)];
  if (errors.length === 0) return withDefaults as T;
  const fields: Record<string, string> = {};
  for (const e of errors) {
    let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'required' && Array.isArray(params.requiredProperties)) field = [field, params.requiredProperties[0]].filter(Boolean).join('.');
    if (e.keyword === 'additionalProperties' && Array.isArray(params.additionalProperties)) field = [field, params.additionalProperties[0]].filter(Boolean).join('.');
    const key = [prefix, field].filter(Boolean).join('.') || 'body';
    const message = e.keyword === 'required' ? 'is required'
      : e.keyword === 'additionalProperties' || e.keyword === 'boolean' ? 'is not allowed' : e.message;
    fields[key] ??= message;
  }
  throw new AppError('VALIDATION_FAILED', undefined, fields);
}

/** The shared semantic checks (common/field/rules.ts, common/cases/rules.ts) answer problem codes per field. */
export function assertNoFieldErrors(errors: Readonly<Record<string, string>>, prefix = ''): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  throw new AppError('VALIDATION_FAILED', undefined, Object.fromEntries(entries.map(([k, v]) => [prefix ? `${prefix}.${k}` : k, v])));
}
