import { sql, type RawBuilder } from 'kysely';
import { scopeRange } from '../../common/regions/codes.ts';

/**
 * `column` lies inside region `scope`: the btree range [scope, next prefix). Every store
 * filters its reads with this, from the caller's session, so scope is enforced in one way.
 */
export function inScope(column: string, scope: string): RawBuilder<boolean> {
  const { from, to } = scopeRange(scope);
  return sql<boolean>`(${sql.ref(column)} >= ${from} AND ${sql.ref(column)} < ${to})`;
}
