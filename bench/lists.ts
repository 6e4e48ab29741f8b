import { sql, type RawBuilder } from 'kysely';
import { addDays, chinaDate, chinaDayStart } from '../common/time.ts';
import { inScope } from '../server/db/scope.ts';
import { openBenchApp, p95, timeEach, type BenchApp } from './bench-app.ts';
import { prepareListsDatabase } from './lists-data.ts';
import type { BenchResult } from './report.ts';

const LIMIT = 50;
/** The deep page: what a user paging on and on, or a client syncing a list, reaches. */
const DEEP_PAGE = 200;
const CITY = '3715';

type Kind = 'first page' | `page ${number}` | 'filtered';

interface ListCase {
  list: string;
  kind: Kind;
  /** The request through the whole API (cursor paging, bounded totals). */
  api: () => Promise<unknown>;
  /** The same page the way every store did it before: the page with OFFSET beside a count(*) of the whole filter. */
  baseline: () => Promise<unknown>;
}

interface ListShape {
  list: string;
  path: string;
  filteredPath: string;
  /** The old store's query: FROM … with its joins and columns, the WHERE of a page, the ORDER BY. */
  from: RawBuilder<unknown>;
  table: RawBuilder<unknown>;
  scope: (region: string) => RawBuilder<unknown>;
  filter: RawBuilder<unknown>;
  order: RawBuilder<unknown>;
}

function shapes(region: string, commanderId: string): ListShape[] {
  const today = chinaDate(new Date());
  const from = addDays(today, -6);
  return [
    {
      list: 'persons', path: '/api/persons', filteredPath: `/api/persons?region=${region}&name=居民12`,
      from: sql`persons p JOIN regions g ON g.code = p.grid_code`, table: sql`persons p`,
      scope: (r) => inScope('p.grid_code', r), filter: sql`p.name LIKE '%居民12%'`, order: sql`p.created_at DESC, p.id`,
    },
    {
      list: 'households', path: '/api/households', filteredPath: `/api/households?region=${region}&q=柳园路12`,
      from: sql`households h JOIN regions g ON g.code = h.grid_code
        CROSS JOIN LATERAL (SELECT (SELECT count(*) FROM persons p WHERE p.household_id = h.id) AS member_count,
          (SELECT max(v.visited_at) FROM visits v WHERE v.household_id = h.id) AS last_visit_at) s`,
      table: sql`households h`, scope: (r) => inScope('h.grid_code', r), filter: sql`h.address LIKE '%柳园路12%'`, order: sql`h.created_at DESC, h.id`,
    },
    {
      list: 'movements', path: '/api/movements', filteredPath: `/api/movements?region=${region}&direction=arrival&from=${from}&to=${today}`,
      from: sql`movements m JOIN regions g ON g.code = m.grid_code JOIN persons p ON p.id = m.person_id`, table: sql`movements m`,
      scope: (r) => inScope('m.grid_code', r), filter: sql`m.direction = 'arrival' AND m.moved_on >= ${from} AND m.moved_on <= ${today}`,
      order: sql`m.moved_on DESC, m.created_at DESC, m.id`,
    },
    {
      list: 'events', path: '/api/events', filteredPath: `/api/events?region=${region}&category=publicity&from=${from}&to=${today}`,
      from: sql`events e JOIN regions g ON g.code = e.grid_code JOIN users u ON u.id = e.reported_by`, table: sql`events e`,
      // The caller's own reports count in their default list, wherever they are.
      scope: (r) => (r === CITY ? sql`(${inScope('e.grid_code', r)} OR e.reported_by = ${commanderId})` : inScope('e.grid_code', r)),
      filter: sql`e.category = 'publicity' AND e.occurred_at >= ${chinaDayStart(from)} AND e.occurred_at < ${chinaDayStart(addDays(today, 1))}`,
      order: sql`e.occurred_at DESC, e.id`,
    },
  ];
}

function oldPage(bench: BenchApp, s: ListShape, where: RawBuilder<unknown>, offset: number): () => Promise<unknown> {
  return () => Promise.all([
    sql`SELECT * FROM ${s.from} WHERE ${where} ORDER BY ${s.order} LIMIT ${LIMIT} OFFSET ${offset}`.execute(bench.database.db),
    sql`SELECT count(*) FROM ${s.table} WHERE ${where}`.execute(bench.database.db),
  ]);
}

/** The cursor of the page before the deep one, by walking there once (not timed). */
async function cursorBefore(bench: BenchApp, path: string, page: number): Promise<string> {
  let cursor = '';
  for (let i = 1; i < page; i++) {
    const body = await bench.get(`${path}?limit=${LIMIT}${cursor ? `&cursor=${cursor}` : ''}`) as { nextCursor?: string };
    if (!body.nextCursor) throw new Error(`${path} has fewer than ${page} pages`);
    cursor = body.nextCursor;
  }
  return cursor;
}

async function casesOn(bench: BenchApp): Promise<ListCase[]> {
  const { rows: [busiest] } = await sql<{ region: string }>`SELECT left(grid_code, 6) AS region FROM persons GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`.execute(bench.database.db);
  const { rows: [commander] } = await sql<{ id: string }>`SELECT id FROM users WHERE username = 'commander'`.execute(bench.database.db);
  const cases: ListCase[] = [];
  for (const s of shapes(busiest!.region, commander!.id)) {
    const cursor = await cursorBefore(bench, s.path, DEEP_PAGE);
    const city = s.scope(CITY);
    cases.push(
      { list: s.list, kind: 'first page', api: () => bench.get(`${s.path}?limit=${LIMIT}`), baseline: oldPage(bench, s, city, 0) },
      { list: s.list, kind: `page ${DEEP_PAGE}`, api: () => bench.get(`${s.path}?limit=${LIMIT}&cursor=${cursor}`), baseline: oldPage(bench, s, city, (DEEP_PAGE - 1) * LIMIT) },
      { list: s.list, kind: 'filtered', api: () => bench.get(`${s.filteredPath}&limit=${LIMIT}`), baseline: oldPage(bench, s, sql`${s.scope(busiest!.region)} AND ${s.filter}`, 0) },
    );
  }
  return cases;
}

interface Measured {
  api: number;
  baseline: number;
}

/** Each case's API and baseline in alternation (A B A B …), so load on the machine hits both alike. */
async function measure(cases: ListCase[], rounds: number, requests: number): Promise<Map<string, Measured>> {
  const samples = new Map(cases.map((c) => [`${c.list} ${c.kind}`, { api: [] as number[], baseline: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const s = samples.get(`${c.list} ${c.kind}`)!;
      s.api.push(...await timeEach(requests, c.api));
      s.baseline.push(...await timeEach(requests, c.baseline));
    }
  }
  return new Map([...samples].map(([name, s]) => [name, { api: p95(s.api), baseline: p95(s.baseline) }]));
}

/**
 * Each main list's first page, a deep page and a filtered page as the city commander, over the
 * API at two table sizes, against the old count(*) + OFFSET queries (run straight on the
 * database, so without the HTTP stack the API figures carry).
 */
export async function benchLists(options: { serverUrl: string; sizes: [number, number]; rounds: number; requests: number }): Promise<BenchResult[]> {
  const bySize: Map<string, Measured>[] = [];
  for (const size of options.sizes) {
    const bench = await openBenchApp(await prepareListsDatabase(options.serverUrl, size));
    try {
      bySize.push(await measure(await casesOn(bench), options.rounds, options.requests));
    } finally {
      await bench.close();
    }
  }
  const [small, large] = bySize as [Map<string, Measured>, Map<string, Measured>];
  const label = (n: number) => (n >= 1e6 ? `${n / 1e6} M` : `${n / 1e3} k`);
  const [a, b] = options.sizes.map(label);
  return [...large].map(([name, big]) => {
    const little = small.get(name)!;
    return {
      name: `${name}: p95 ${a} | ${b}, growth | old ${b}`,
      value: `${little.api.toFixed(1)} ms | ${big.api.toFixed(1)} ms, ×${(big.api / little.api).toFixed(2)} | old ${big.baseline.toFixed(1)} ms (×${(big.baseline / big.api).toFixed(1)} slower; at ${a} ${little.baseline.toFixed(1)} ms)`,
    };
  });
}
