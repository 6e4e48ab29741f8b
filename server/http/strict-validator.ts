import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/**
 * Body validation without type coercion, for the unauthenticated endpoints: the app's Ajv
 * coerces ("37.5" → 37.5, 1 → "1") because query strings need it, but a public write should
 * take exactly what its contract says. Compiled once per route by TypeBox.
 */
export const strictValidator: FastifySchemaCompiler<unknown> = ({ schema }) => {
  const compiled = Compile(schema as TSchema);
  const validate = (data: unknown) => {
    if (compiled.Check(data)) return true;
    validate.errors = [...compiled.Errors(data)].slice(0, 20);
    return false;
  };
  validate.errors = [] as unknown[];
  return validate as unknown as ReturnType<FastifySchemaCompiler<unknown>>;
};
