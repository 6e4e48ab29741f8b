import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';
import { decodeCursor, encodeCursor, type KeyType } from './cursor.ts';

/** One column (or expression) of a list's order; the last key of an order must be unique. */
export interface SortKey {
  expr: RawBuilder<unknown>;
  type: KeyType;
}

/**
 * A list's order: every key in one direction, so that "after the cursor" is a single row
 * comparison `(k1, k2, id) < (…)` that a btree index on the same keys answers by seeking.
 */
export interface ListOrder {
  list: string;
  direction: 'asc' | 'desc';
  keys: readonly SortKey[];
}

export const sortKey = (column: string, type: KeyType): SortKey => ({ expr: sql.ref(column), type });

/** What a client asks: `cursor` (from the previous page's `nextCursor`) wins over `offset`. */
export interface PageAsk {
  offset: number;
  limit: number;
  cursor?: string;
}

/** The pieces a store puts into its one query. */
export interface PagePlan {
  after: RawBuilder<boolean>;
  orderBy: RawBuilder<unknown>;
  pageKey: AliasedRawBuilder<string[], 'page_key'>;
  offset: number;
  /** One row more than asked: whether it comes back tells if there is a next page. */
  fetch: number;
}

export function planPage(order: ListOrder, ask: PageAsk): PagePlan {
  const dir = sql.raw(order.direction === 'desc' ? 'DESC' : 'ASC');
  const keys = sql.join(order.keys.map((k) => k.expr));
  let after = sql<boolean>`true`;
  if (ask.cursor !== undefined) {
    const values = decodeCursor(ask.cursor, order.list, order.keys.map((k) => k.type));
    const typed = sql.join(values.map((v, i) => sql`CAST(${v} AS ${sql.raw(order.keys[i]!.type)})`));
    after = sql<boolean>`(${keys}) ${sql.raw(order.direction === 'desc' ? '<' : '>')} (${typed})`;
  }
  return {
    after,
    orderBy: sql.join(order.keys.map((k) => sql`${k.expr} ${dir}`)),
    pageKey: sql<string[]>`json_build_array(${sql.join(order.keys.map((k) => sql`${k.expr}::text`))})`.as('page_key'),
    offset: ask.cursor === undefined ? ask.offset : 0,
    fetch: ask.limit + 1,
  };
}

export interface PageRows<R> {
  rows: R[];
  nextCursor?: string;
}

/** Trims the probe row and, when more rows follow, hands out the cursor of the last one kept. */
export function finishPage<R extends { page_key: string[] }>(order: ListOrder, ask: PageAsk, fetched: R[]): PageRows<Omit<R, 'page_key'>> {
  const rows = fetched.slice(0, ask.limit);
  const last = rows.at(-1);
  const kept = rows.map(({ page_key: _key, ...row }) => row);
  return fetched.length > ask.limit && last ? { rows: kept, nextCursor: encodeCursor(order.list, last.page_key) } : { rows: kept };
}

/** The page's answer: a store's rows mapped to views, with the total and the next cursor. */
export function toPage<R, V>(page: PageRows<R> & { total: number; totalIsLowerBound?: true }, view: (row: R) => V) {
  const { rows, ...rest } = page;
  return { items: rows.map(view), ...rest };
}
