import os from 'node:os';
import { benchDeclarations } from './declarations.ts';
import { benchGridLookup } from './grid-lookup.ts';
import { printResults } from './report.ts';

/** `npm run bench`: every benchmark, each with its baseline measured in the same run. */
const quick = process.argv.includes('--quick');

process.stdout.write(`EpiGrid benchmarks — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}${quick ? ' (quick)' : ''}\n`);
printResults('Coordinate → grid (Liaocheng demo geography)', await benchGridLookup({
  points: quick ? 100_000 : 1_000_000,
  baselinePoints: quick ? 200 : 1_000,
}));

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
printResults(`Declaration ingest over HTTP on PostgreSQL (${quick ? 3 : 10} s per run; load generator on the same cores)`, await benchDeclarations({
  seconds: quick ? 3 : 10,
  serverUrl,
}));
