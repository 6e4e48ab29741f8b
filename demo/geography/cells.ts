/**
 * Voronoi cells of the final seeds, cut to the parent. Neighbouring Voronoi cells share their
 * vertices bit for bit (both come from the same circumcentre), so the cut pieces meet exactly
 * along inner edges; only where a cell edge crosses the parent's border does each cut compute
 * its own crossing point, which `snap.ts` reconciles afterwards.
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import { bboxOf, type AreaGeometry } from '../../common/geo/geojson.ts';
import type { MultiPolygon, Ring } from './geometry.ts';
import { LON_SCALE, toLon, toPlaneX } from './projection.ts';
import { interleave, type Seeds } from './seeds.ts';

export function clippedVoronoiCells(parent: AreaGeometry, parentParts: MultiPolygon, seeds: Seeds): MultiPolygon[] {
  const n = seeds.lon.length;
  const [minLon, minLat, maxLon, maxLat] = bboxOf(parent);
  // Bounds well outside the parent: d3 cuts cells at the bounds, and those cut points must never matter.
  const margin = Math.max(maxLon - minLon, maxLat - minLat) + 0.01;
  const bounds: [number, number, number, number] = [
    toPlaneX(minLon) - margin,
    minLat - margin,
    toPlaneX(maxLon) + margin,
    maxLat + margin,
  ];
  const planeX = Array.from(seeds.lon, (lon) => lon * LON_SCALE);
  const voronoi = new Delaunay(interleave(planeX, seeds.lat)).voronoi(bounds);
  const cells: MultiPolygon[] = [];
  for (let i = 0; i < n; i++) {
    const polygon = voronoi.cellPolygon(i);
    if (!polygon) throw new Error(`Voronoi cell ${i} is empty (duplicate seed?)`);
    const ring: Ring = polygon.map((p) => [toLon(p[0]!), p[1]!]);
    const piece = polygonClipping.intersection(parentParts, [ring]);
    if (piece.length === 0) throw new Error(`cell ${i} lies outside its parent`);
    cells.push(piece);
  }
  return cells;
}
