/**
 * Voronoi diagrams and Lloyd steps run in a locally isotropic plane: a degree of longitude at
 * Liaocheng's latitude is only ~0.8 of a degree of latitude, and cells built in raw lon/lat
 * would come out stretched east–west. Polygons themselves stay in lon/lat.
 */
const REFERENCE_LATITUDE = 36.45;

export const LON_SCALE = Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);

export function toPlaneX(lon: number): number {
  return lon * LON_SCALE;
}

export function toLon(planeX: number): number {
  return planeX / LON_SCALE;
}
