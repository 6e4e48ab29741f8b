import gcoord from 'gcoord';

/**
 * Coordinate systems a client may send. Chinese map SDKs report GCJ-02 (Gaode, Tencent) or
 * BD-09 (Baidu); phones' raw GPS and Tianditu use WGS-84/CGCS2000. We store WGS-84 only.
 */
export const CRS_VALUES = ['wgs84', 'gcj02', 'bd09'] as const;
export type Crs = (typeof CRS_VALUES)[number];

const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

export function toWgs84(lon: number, lat: number, from: Crs): [number, number] {
  if (from === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], GCOORD_CRS[from], gcoord.WGS84);
  return [x, y];
}

export function fromWgs84(lon: number, lat: number, to: Crs): [number, number] {
  if (to === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, GCOORD_CRS[to]);
  return [x, y];
}
