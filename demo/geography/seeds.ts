/**
 * Where the Voronoi seeds of one parent's children go. Urban children start packed around a
 * core and rural ones spread over the rest; a few density-weighted Lloyd steps then even out
 * the shapes. The density is high in the core, so the relaxation keeps urban cells small
 * instead of inflating them to the size of their rural neighbours as plain Lloyd would.
 */
import { Delaunay } from 'd3-delaunay';
import { pointInFlatPolygons, type FlatPolygon } from '../../common/geo/point-in-polygon.ts';
import type { Random } from './prng.ts';
import { LON_SCALE } from './projection.ts';
import type { Samples } from './sampling.ts';

export interface SeedPlan {
  /** Per child: true when it should be small and near the core. */
  urban: readonly boolean[];
  /** Per child: among urban children, higher values start nearer the core (e.g. the share of urban communities). */
  centrality?: readonly number[];
  /** Target area of a rural child over an urban one; 1 means all alike. */
  areaRatio: number;
  /** Lon/lat of the core the urban children gather around; required when there are urban and rural children. */
  core: [number, number] | null;
  lloydSteps: number;
}

export interface Seeds {
  lon: Float64Array;
  lat: Float64Array;
}

export function placeSeeds(samples: Samples, parent: FlatPolygon[], plan: SeedPlan, random: Random): Seeds {
  const n = plan.urban.length;
  if (samples.count < n) throw new Error(`${samples.count} sample points cannot seed ${n} cells`);
  const urbanCount = plan.urban.filter(Boolean).length;
  const mixed = urbanCount > 0 && urbanCount < n && plan.core !== null && plan.areaRatio > 1;

  const density = new Float64Array(samples.count).fill(1);
  const chosen = new Array<number>(n);
  if (mixed) {
    const [coreX, coreY] = [plan.core![0] * LON_SCALE, plan.core![1]];
    const distance = new Float64Array(samples.count);
    for (let s = 0; s < samples.count; s++) distance[s] = Math.hypot(samples.lon[s]! * LON_SCALE - coreX, samples.lat[s]! - coreY);
    const byDistance = Array.from({ length: samples.count }, (_, s) => s).sort((a, b) => distance[a]! - distance[b]! || a - b);
    // The urban zone gets the share of the area that urban children would cover at the target ratio.
    const share = urbanCount / (urbanCount + plan.areaRatio * (n - urbanCount));
    const zoneSize = Math.min(samples.count - (n - urbanCount), Math.max(urbanCount, Math.round(share * samples.count)));
    const zone = byDistance.slice(0, zoneSize);
    const rest = byDistance.slice(zoneSize);
    const zoneRadius = distance[zone[zone.length - 1]!]!;
    // Cell area under weighted Lloyd scales like density^-1/2, hence the square.
    const peak = plan.areaRatio * plan.areaRatio;
    for (let s = 0; s < samples.count; s++) {
      const t = zoneRadius > 0 ? (distance[s]! - zoneRadius) / (0.5 * zoneRadius) : 1;
      const fall = t <= 0 ? 1 : t >= 1 ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * t);
      density[s] = 1 + (peak - 1) * fall;
    }
    const urbanPicks = spreadPicks(random, zone, urbanCount, samples, []);
    const ruralPicks = spreadPicks(random, rest, n - urbanCount, samples, urbanPicks);
    // The most urban children take the picks nearest the core, so the old town ends up in the middle.
    urbanPicks.sort((a, b) => distance[a]! - distance[b]! || a - b);
    const urbanChildren = plan.urban
      .map((isUrban, i) => (isUrban ? i : -1))
      .filter((i) => i >= 0)
      .sort((a, b) => (plan.centrality?.[b] ?? 0) - (plan.centrality?.[a] ?? 0) || a - b);
    urbanChildren.forEach((child, k) => (chosen[child] = urbanPicks[k]!));
    const ruralChildren = plan.urban.map((isUrban, i) => (isUrban ? -1 : i)).filter((i) => i >= 0);
    ruralChildren.forEach((child, k) => (chosen[child] = ruralPicks[k]!));
  } else {
    const all = Array.from({ length: samples.count }, (_, s) => s);
    spreadPicks(random, all, n, samples, []).forEach((s, i) => (chosen[i] = s));
  }

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  chosen.forEach((s, i) => {
    x[i] = samples.lon[s]! * LON_SCALE;
    y[i] = samples.lat[s]!;
  });
  if (n > 1) relax(x, y, samples, density, parent, plan.lloydSteps);
  return { lon: x.map((v) => v / LON_SCALE), lat: y };
}

/**
 * Lloyd steps on the sample cloud: each seed moves to the weighted mean of the samples nearest
 * to it. A mean can fall outside a non-convex parent; then the seed takes its own sample nearest
 * to that mean, which is inside and belongs to no other seed, so seeds stay distinct.
 */
function relax(x: Float64Array, y: Float64Array, samples: Samples, density: Float64Array, parent: FlatPolygon[], steps: number): void {
  const n = x.length;
  const sx = new Float64Array(samples.count);
  for (let s = 0; s < samples.count; s++) sx[s] = samples.lon[s]! * LON_SCALE;
  const sy = samples.lat;
  const owner = new Int32Array(samples.count);
  for (let step = 0; step < steps; step++) {
    const delaunay = new Delaunay(interleave(x, y));
    const wx = new Float64Array(n);
    const wy = new Float64Array(n);
    const w = new Float64Array(n);
    let hint = 0;
    for (let s = 0; s < samples.count; s++) {
      const i = delaunay.find(sx[s]!, sy[s]!, hint);
      hint = i;
      owner[s] = i;
      const d = density[s]!;
      wx[i] = wx[i]! + d * sx[s]!;
      wy[i] = wy[i]! + d * sy[s]!;
      w[i] = w[i]! + d;
    }
    const fallback: number[] = [];
    for (let i = 0; i < n; i++) {
      if (w[i] === 0) continue;
      const cx = wx[i]! / w[i]!;
      const cy = wy[i]! / w[i]!;
      wx[i] = cx;
      wy[i] = cy;
      if (pointInFlatPolygons(cx / LON_SCALE, cy, parent) === 'inside') {
        x[i] = cx;
        y[i] = cy;
      } else {
        fallback.push(i);
      }
    }
    if (fallback.length === 0) continue;
    const best = new Float64Array(n).fill(Infinity);
    const bestSample = new Int32Array(n).fill(-1);
    for (let s = 0; s < samples.count; s++) {
      const i = owner[s]!;
      const d = (sx[s]! - wx[i]!) ** 2 + (sy[s]! - wy[i]!) ** 2;
      if (d < best[i]!) {
        best[i] = d;
        bestSample[i] = s;
      }
    }
    for (const i of fallback) {
      const s = bestSample[i]!;
      x[i] = sx[s]!;
      y[i] = sy[s]!;
    }
  }
}

/**
 * Best-candidate picks: each new seed is the farthest from those already taken among a few
 * random candidates. Random picks clump, and a few Lloyd steps cannot always undo a clump.
 */
const CANDIDATES = 10;

function spreadPicks(random: Random, pool: readonly number[], count: number, samples: Samples, taken: readonly number[]): number[] {
  if (pool.length < count) throw new Error(`cannot pick ${count} of ${pool.length} samples`);
  const picks: number[] = [];
  const used = new Set<number>();
  const px: number[] = taken.map((s) => samples.lon[s]! * LON_SCALE);
  const py: number[] = taken.map((s) => samples.lat[s]!);
  while (picks.length < count) {
    let best = -1;
    let bestDistance = -1;
    for (let c = 0; c < CANDIDATES; c++) {
      const s = pool[Math.floor(random() * pool.length)]!;
      if (used.has(s)) continue;
      const x = samples.lon[s]! * LON_SCALE;
      const y = samples.lat[s]!;
      let nearest = Infinity;
      for (let k = 0; k < px.length; k++) nearest = Math.min(nearest, (px[k]! - x) ** 2 + (py[k]! - y) ** 2);
      if (nearest > bestDistance) {
        best = s;
        bestDistance = nearest;
      }
    }
    // All candidates already used (a crowded pool): take the first free one in pool order.
    if (best < 0) best = pool.find((s) => !used.has(s))!;
    used.add(best);
    picks.push(best);
    px.push(samples.lon[best]! * LON_SCALE);
    py.push(samples.lat[best]!);
  }
  return picks;
}

export function interleave(x: ArrayLike<number>, y: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.length * 2);
  for (let i = 0; i < x.length; i++) {
    out[2 * i] = x[i]!;
    out[2 * i + 1] = y[i]!;
  }
  return out;
}
