/**
 * Splits one region into an exact tiling by its children: seeds from samples, relaxed, then
 * clipped Voronoi cells, snapped together and cleared of specks.
 */
import type { AreaGeometry } from '../../common/geo/geojson.ts';
import { flattenGeometry } from '../../common/geo/point-in-polygon.ts';
import { clippedVoronoiCells } from './cells.ts';
import { toAreaGeometry, toMultiPolygon, type MultiPolygon } from './geometry.ts';
import type { Random } from './prng.ts';
import { sampleInside } from './sampling.ts';
import { placeSeeds, type SeedPlan, type Seeds } from './seeds.ts';
import { VertexSnapper } from './snap.ts';
import { mergeSpecks } from './specks.ts';

export interface PartitionRequest extends SeedPlan {
  /** Sample points per child: more gives smoother relaxation, at a linear cost. */
  samplesPerChild: number;
}

export interface PartitionResult {
  geometries: AreaGeometry[];
  /** One point strictly inside each child, near its middle: the centre its own children gather around. */
  seeds: Seeds;
  specksMerged: number;
}

export function partition(parent: AreaGeometry, request: PartitionRequest, random: Random): PartitionResult {
  const n = request.urban.length;
  const flat = flattenGeometry(parent);
  const samples = sampleInside(parent, Math.max(n * request.samplesPerChild, 64), random, flat);
  const seeds = placeSeeds(samples, flat, request, random);
  if (n === 1) return { geometries: [parent], seeds, specksMerged: 0 };

  const parentParts = toMultiPolygon(parent);
  let cells = clippedVoronoiCells(parent, parentParts, seeds);
  cells = snapAll(parentParts, cells);
  const specksMerged = mergeSpecks(cells, seeds);
  if (specksMerged > 0) cells = snapAll(parentParts, cells);
  const geometries = cells.map((parts, i) => {
    if (parts.length === 0) throw new Error(`child ${i} vanished while snapping`);
    return toAreaGeometry(parts);
  });
  return { geometries, seeds, specksMerged };
}

function snapAll(parentParts: MultiPolygon, cells: MultiPolygon[]): MultiPolygon[] {
  const snapper = new VertexSnapper();
  snapper.register(parentParts);
  return cells.map((parts) => snapper.apply(parts));
}
