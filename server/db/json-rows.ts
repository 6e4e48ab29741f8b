import { sql, type RawBuilder } from 'kysely';
import type { DB } from './schema.ts';

/**
 * Many rows as one JSON parameter, expanded by PostgreSQL's json_populate_recordset into the
 * table's own column types. A batch of hundreds of rows would otherwise be thousands of bind
 * parameters that the driver must serialize and the server parse one by one; this way the
 * hot paths (declarations, counters) pay for one JSON.stringify. Dates become ISO strings,
 * arrays become PostgreSQL arrays.
 */
export function jsonRowsSource<T extends keyof DB & string>(table: T, columns: readonly (keyof DB[T] & string)[], rows: readonly object[]): {
  columns: RawBuilder<unknown>;
  select: RawBuilder<unknown>;
} {
  const list = sql.join(columns.map((c) => sql.ref(c)));
  return {
    columns: sql`(${list})`,
    select: sql`SELECT ${list} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`,
  };
}
