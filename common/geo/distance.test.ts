import { describe, expect, it } from 'vitest';
import { distanceMetres } from './distance.ts';

describe('distanceMetres', () => {
  it('measures a degree of latitude as about 111 km and is symmetric', () => {
    const a = { lon: 115.98, lat: 36.45 };
    const b = { lon: 115.98, lat: 37.45 };
    expect(distanceMetres(a, b)).toBeGreaterThan(111_000);
    expect(distanceMetres(a, b)).toBeLessThan(111_400);
    expect(distanceMetres(b, a)).toBeCloseTo(distanceMetres(a, b), 6);
    expect(distanceMetres(a, a)).toBe(0);
  });
  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const d = distanceMetres({ lon: 115, lat: 36.45 }, { lon: 116, lat: 36.45 });
    expect(d / 111_195).toBeCloseTo(Math.cos((36.45 * Math.PI) / 180), 2);
  });
});
