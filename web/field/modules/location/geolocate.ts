import type { Location } from '../../../../common/contracts/field.ts';

export type GeoProblem = 'UNSUPPORTED' | 'DENIED' | 'UNAVAILABLE' | 'TIMEOUT';

export class GeoError extends Error {
  constructor(readonly problem: GeoProblem) {
    super(problem);
  }
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The phone's position from its GPS (WGS-84). Works offline: satellites need no network. */
export function currentPosition(timeoutMs = 20_000): Promise<Location> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new GeoError('UNSUPPORTED'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({
        lon: round6(position.coords.longitude),
        lat: round6(position.coords.latitude),
        crs: 'wgs84',
        accuracy: Math.min(100_000, Math.round(position.coords.accuracy)),
      }),
      (error) => reject(new GeoError(error.code === error.PERMISSION_DENIED ? 'DENIED' : error.code === error.TIMEOUT ? 'TIMEOUT' : 'UNAVAILABLE')),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}
