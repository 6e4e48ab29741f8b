import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  value: string;
}

export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(1);
}

export function printResults(title: string, results: BenchResult[]): void {
  process.stdout.write(`\n${title}\n`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) process.stdout.write(`  ${r.name.padEnd(width)}  ${r.value}\n`);
}
