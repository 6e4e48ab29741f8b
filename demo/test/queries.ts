import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../../server/db/database.ts';

/** Rows of a query as comparable values (instants as ISO strings), in a stable order. */
export async function sortedRows(db: Queryable, query: RawBuilder<unknown>): Promise<Record<string, unknown>[]> {
  const { rows } = await query.execute(db);
  return (rows as Record<string, unknown>[])
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])))
    .map((row) => [JSON.stringify(row), row] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, row]) => row);
}

/**
 * Every foreign key of the schema checked by a query: rows whose reference points nowhere.
 * The history loads with the per-row checks switched off, so this is what proves it consistent.
 */
export async function orphanReferences(db: Queryable): Promise<string[]> {
  const { rows: keys } = await sql<{ name: string; child: string; parent: string; child_columns: string[]; parent_columns: string[] }>`
    SELECT c.conname AS name, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
      ARRAY(SELECT quote_ident(a.attname) FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS child_columns,
      ARRAY(SELECT quote_ident(a.attname) FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS parent_columns
    FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace ORDER BY 1`.execute(db);
  const broken: string[] = [];
  for (const key of keys) {
    const joined = key.child_columns.map((c, i) => `p.${key.parent_columns[i]} = c.${c}`).join(' AND ');
    const present = key.child_columns.map((c) => `c.${c} IS NOT NULL`).join(' AND ');
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.raw(key.child)} c
      WHERE ${sql.raw(present)} AND NOT EXISTS (SELECT 1 FROM ${sql.raw(key.parent)} p WHERE ${sql.raw(joined)})`.execute(db);
    if (rows[0]!.n > 0) broken.push(`${key.name}: ${rows[0]!.n}`);
  }
  return broken;
}

/** region_counts as it must be: daily_counts rolled up to the community, street, district and city. */
export const ROLLED_UP = sql`SELECT c.day::text AS day, left(c.grid_code, l.len) AS region_code, l.level, c.metric, c.key, sum(c.n)::bigint AS n
  FROM daily_counts c CROSS JOIN (VALUES (1, 4), (2, 6), (3, 9), (4, 12)) AS l(level, len) GROUP BY 1, 2, 3, 4, 5`;
export const REGION_COUNTS = sql`SELECT day::text AS day, region_code, level, metric, key, n FROM region_counts`;
