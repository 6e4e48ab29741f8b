import os from 'node:os';
import { benchDashboard, prepareBenchDatabase } from './dashboard.ts';
import { benchDeclarations } from './declarations.ts';
import { benchExports } from './exports.ts';
import { benchGridLookup } from './grid-lookup.ts';
import { benchInstructions } from './instructions.ts';
import { benchLists } from './lists.ts';
import { benchMapAggregates } from './map-aggregates.ts';
import { benchMapRender } from './map-render.ts';
import { printResults } from './report.ts';

/** `npm run bench`: every benchmark, each with its baseline measured in the same run. */
const quick = process.argv.includes('--quick');
// `--only lists,exports` runs just those parts (grid, declarations, dashboard, map, render, exports, lists, instructions).
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : null;
const runs = (part: string) => only === null || only.has(part);

process.stdout.write(`EpiGrid benchmarks — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}${quick ? ' (quick)' : ''}\n`);
if (runs('grid')) printResults('Coordinate → grid (Liaocheng demo geography)', await benchGridLookup({
  points: quick ? 100_000 : 1_000_000,
  baselinePoints: quick ? 200 : 1_000,
}));

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (runs('declarations')) printResults(`Declaration ingest over HTTP on PostgreSQL (${quick ? 3 : 10} s per run; load generator on the same cores)`, await benchDeclarations({
  seconds: quick ? 3 : 10,
  serverUrl,
}));

const volumes = quick
  ? { declarations: 1_000_000, persons: 100_000, events: 100_000, days: 60 }
  : { declarations: 10_000_000, persons: 1_000_000, events: 1_000_000, days: 60 };
if (runs('dashboard')) printResults(`Dashboard panels on PostgreSQL: ${volumes.declarations.toLocaleString('en')} declarations, ${volumes.persons.toLocaleString('en')} people, ${volumes.events.toLocaleString('en')} events`, await benchDashboard({
  serverUrl, volumes, requests: quick ? 20 : 50, baselineRuns: quick ? 3 : 5,
}));

if (runs('map')) printResults('Map bubbles (/api/map/aggregates) per level on the same database, down to its busiest grid', await benchMapAggregates({
  url: await prepareBenchDatabase(serverUrl, volumes), requests: quick ? 10 : 30, baselineRuns: quick ? 3 : 5,
}));

if (runs('render')) printResults('Map points in headless Chromium (software WebGL, so only ratios travel between machines)', await benchMapRender({
  points: 100_000, runs: quick ? 1 : 3,
}));

if (runs('exports')) printResults('Movements export of the city (100,000 rows) on PostgreSQL: A streamed over HTTP | B in-memory workbook (before)', await benchExports({ serverUrl, rows: 100_000, rounds: 3 }));
if (runs('lists')) printResults('Lists over the API on PostgreSQL (city commander; 50 a page; p95 of A B A B rounds against the old count(*) + OFFSET queries)', await benchLists({
  serverUrl, sizes: [100_000, 1_000_000], rounds: quick ? 3 : 5, requests: quick ? 5 : 10,
}));
if (runs('instructions')) printResults('Instructions on PostgreSQL (city commander sends to every grid; A B A B against the same rows by plain SQL)', await benchInstructions({
  serverUrl, instructions: quick ? 30 : 100, rounds: quick ? 3 : 5, requests: quick ? 10 : 30,
}));
