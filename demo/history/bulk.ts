import { sql, type Insertable } from 'kysely';
import type { Queryable } from '../../server/db/database.ts';
import type { DB } from '../../server/db/schema.ts';

/** Rows per statement: large enough to amortise each round trip, small enough to keep one JSON text modest. */
const CHUNK = 5_000;

/**
 * How each column is read back from a row sent as a JSON array. On the embedded database the
 * bytes of the parameter cost as much as the insert itself, so rows travel without keys and
 * instants as epoch seconds rather than ISO text.
 */
async function columnReaders(tx: Queryable, table: string, columns: string[]): Promise<string> {
  const { rows } = await sql<{ name: string; type: string }>`SELECT attname AS name, format_type(atttypid, atttypmod) AS type
    FROM pg_attribute WHERE attrelid = ${table}::regclass AND attnum > 0 AND NOT attisdropped`.execute(tx);
  const types = new Map(rows.map((r) => [r.name, r.type]));
  return columns.map((column, i) => {
    const type = types.get(column)!;
    if (type === 'timestamp with time zone') return `to_timestamp((r->>${i})::float8)`;
    if (type.endsWith('[]')) return `ARRAY(SELECT jsonb_array_elements_text(r->${i}))::${type}`;
    return `(r->>${i})::${type}`;
  }).join(', ');
}

const encode = (value: unknown) => (value instanceof Date ? value.getTime() / 1000 : value);

/** Inserts many rows, a chunk per statement, each chunk as one JSON parameter. Every row carries the first row's columns. */
export async function insertRows<T extends keyof DB & string>(tx: Queryable, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const head = sql.raw(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${await columnReaders(tx, table, columns)} FROM jsonb_array_elements(`);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => columns.map((c) => encode((row as Record<string, unknown>)[c])));
    await sql`${head}${JSON.stringify(chunk)}::jsonb) r`.execute(tx);
  }
}
