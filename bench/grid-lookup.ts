import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { bboxOf, type AreaGeometry } from '../common/geo/geojson.ts';
import { generateLiaochengGeography } from '../demo/geography/generate.ts';
import { mulberry32 } from '../demo/geography/prng.ts';
import { GridIndex } from '../server/geo/grid-index.ts';
import { formatRate, timed, type BenchResult } from './report.ts';

/**
 * Coordinate → grid: our flatbush + exact point-in-polygon index against the obvious
 * alternative, testing every grid with turf's point-in-polygon, on the same random points.
 */
export async function benchGridLookup(options: { points: number; baselinePoints: number }): Promise<BenchResult[]> {
  const regions = generateLiaochengGeography();
  const grids = regions.filter((r) => r.level === 5).map((r) => ({ code: r.code, geometry: r.geometry }));
  const city = regions.find((r) => r.level === 1)!;
  const [minX, minY, maxX, maxY] = bboxOf(city.geometry);
  const random = mulberry32(42);
  const xs = new Float64Array(options.points);
  const ys = new Float64Array(options.points);
  for (let i = 0; i < options.points; i++) {
    xs[i] = minX + random() * (maxX - minX);
    ys[i] = minY + random() * (maxY - minY);
  }

  const build = timed(() => new GridIndex(grids));
  const index = build.value;
  // Warm the JIT before timing.
  for (let i = 0; i < Math.min(20_000, options.points); i++) index.locate(xs[i]!, ys[i]!);
  let hits = 0;
  const indexed = timed(() => {
    for (let i = 0; i < options.points; i++) if (index.locate(xs[i]!, ys[i]!) !== null) hits += 1;
  });

  const features = grids.map((g) => ({ type: 'Feature' as const, properties: { code: g.code }, geometry: g.geometry as AreaGeometry }));
  let disagreements = 0;
  const brute = timed(() => {
    for (let i = 0; i < options.baselinePoints; i++) {
      const point: [number, number] = [xs[i]!, ys[i]!];
      let found: string | null = null;
      for (const f of features) {
        if (booleanPointInPolygon(point, f)) {
          found = f.properties.code;
          break;
        }
      }
      if (found !== index.locate(point[0], point[1])) disagreements += 1;
    }
  });

  const indexRate = options.points / (indexed.ms / 1000);
  const bruteRate = options.baselinePoints / (brute.ms / 1000);
  return [
    { name: 'grid index build', value: `${build.ms.toFixed(0)} ms for ${grids.length} grids` },
    { name: 'grid lookups (flatbush + exact PIP)', value: `${formatRate(indexRate)} lookups/s over ${options.points.toLocaleString('en')} random points in the city bbox (${((hits / options.points) * 100).toFixed(1)}% inside a grid)` },
    { name: 'baseline: turf booleanPointInPolygon over all grids', value: `${formatRate(bruteRate)} lookups/s on the first ${options.baselinePoints.toLocaleString('en')} of the same points (${disagreements} disagreements)` },
    { name: 'ratio', value: `${(indexRate / bruteRate).toFixed(0)}× faster than the baseline` },
  ];
}
