/**
 * Evenly spread random points strictly inside a region. They stand in for the region's area:
 * seeds are drawn from them (so every seed is inside its parent) and Lloyd steps average them
 * (so no cell polygon has to be clipped until the seeds are final).
 */
import type { AreaGeometry } from '../../common/geo/geojson.ts';
import { bboxOf } from '../../common/geo/geojson.ts';
import { flattenGeometry, pointInFlatPolygons, type FlatPolygon } from '../../common/geo/point-in-polygon.ts';
import { planarArea } from './geometry.ts';
import { LON_SCALE } from './projection.ts';
import type { Random } from './prng.ts';

export interface Samples {
  lon: Float64Array;
  lat: Float64Array;
  count: number;
}

/**
 * One jittered point per cell of a square lattice (square in the isotropic plane), kept when it
 * is strictly inside: stratified points leave fewer holes and clumps than pure random ones.
 */
export function sampleInside(geometry: AreaGeometry, wanted: number, random: Random, flat?: FlatPolygon[]): Samples {
  const polygons = flat ?? flattenGeometry(geometry);
  const [minLon, minLat, maxLon, maxLat] = bboxOf(geometry);
  const area = planarArea(geometry) * LON_SCALE;
  let step = Math.sqrt(area / Math.max(wanted, 1));
  for (let attempt = 0; ; attempt++) {
    const stepLon = step / LON_SCALE;
    const columns = Math.max(1, Math.ceil((maxLon - minLon) / stepLon));
    const rows = Math.max(1, Math.ceil((maxLat - minLat) / step));
    const lon: number[] = [];
    const lat: number[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const x = minLon + (c + random()) * stepLon;
        const y = minLat + (r + random()) * step;
        if (pointInFlatPolygons(x, y, polygons) === 'inside') {
          lon.push(x);
          lat.push(y);
        }
      }
    }
    // Thin or oddly shaped regions can catch fewer lattice points than their area suggests.
    if (lon.length >= Math.ceil(wanted / 2) || attempt >= 6) {
      if (lon.length === 0) throw new Error('could not place any point inside region');
      return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), count: lon.length };
    }
    step /= 2;
  }
}
