import os from 'node:os';
import { benchGridLookup } from './grid-lookup.ts';
import { printResults } from './report.ts';

/** `npm run bench`: every benchmark, each with its baseline measured in the same run. */
const quick = process.argv.includes('--quick');

process.stdout.write(`EpiGrid benchmarks — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}${quick ? ' (quick)' : ''}\n`);
printResults('Coordinate → grid (Liaocheng demo geography)', await benchGridLookup({
  points: quick ? 100_000 : 1_000_000,
  baselinePoints: quick ? 200 : 1_000,
}));
