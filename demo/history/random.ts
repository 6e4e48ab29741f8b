import type { Random } from '../geography/prng.ts';

/** Draw helpers over the seeded streams of demo/geography/prng.ts: the same seed gives the same history. */

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, p: number): boolean {
  return random() < p;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Box–Muller; one value per call keeps the stream's consumption simple to reason about. */
export function normal(random: Random, mean: number, sd: number): number {
  const u = Math.max(random(), Number.EPSILON);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Index drawn in proportion to the weights (binary search over the running sum). */
export function weightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += Math.max(w, 0);
    cumulative[i] = sum;
  });
  return (random) => {
    const target = random() * sum;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A code drawn from a { code: weight } table; codes left out are never drawn. */
export function weightedCode<K extends string>(table: Readonly<Partial<Record<K, number>>>): (random: Random) => K {
  const codes = Object.keys(table) as K[];
  const draw = weightedPicker(codes.map((c) => table[c] ?? 0));
  return (random) => codes[draw(random)]!;
}

/** Splits a whole number over the weights (largest remainder), so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

const hex = (n: number, digits: number) => (n >>> 0).toString(16).padStart(8, '0').slice(8 - digits);

/**
 * A UUIDv7 for a record made at `ms`: time-ordered ids keep bulk inserts appending to the
 * primary-key index, and the random part comes from the seeded stream so a seed repeats exactly.
 */
export function uuidAt(ms: number, random: Random): string {
  const time = Math.floor(ms).toString(16).padStart(12, '0').slice(-12);
  const r1 = Math.floor(random() * 2 ** 32);
  const r2 = Math.floor(random() * 2 ** 32);
  const r3 = Math.floor(random() * 2 ** 32);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(r1, 3)}-${hex(((r1 >>> 12) & 0x3fff) | 0x8000, 4)}-${hex(r2, 8)}${hex(r3, 4)}`;
}
