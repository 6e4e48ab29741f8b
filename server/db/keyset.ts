import { sql, type RawBuilder } from 'kysely';

/**
 * Where a newest-first walk stopped: the last row's creation instant as the database wrote it
 * (text keeps the microseconds a JavaScript Date would drop) and its id, which orders rows
 * created in the same instant. Both never change, so a row is read once however long the walk.
 */
export interface Position {
  at: string;
  id: string;
}

/** The rows after `position` in the order `created_at DESC, id DESC`; every row when there is none yet. */
export function olderThan(createdAt: string, id: string, position: Position | null): RawBuilder<boolean> {
  if (!position) return sql<boolean>`true`;
  return sql<boolean>`(${sql.ref(createdAt)}, ${sql.ref(id)}) < (${position.at}::timestamptz, ${position.id}::uuid)`;
}

/** The text form `olderThan` compares, selected beside each row. */
export const positionAt = (createdAt: string) => sql<string>`${sql.ref(createdAt)}::text`;

/** Reads batch after batch of `size` rows until one comes back short. */
export async function* newestFirst<R extends { id: string; position_at: string }>(
  read: (after: Position | null, limit: number) => Promise<R[]>,
  size: number,
): AsyncGenerator<R[]> {
  let after: Position | null = null;
  for (;;) {
    const rows = await read(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.position_at, id: last.id };
  }
}
