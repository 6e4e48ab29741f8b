import { describe, expect, it } from 'vitest';
import { amapNavigationUri, geoUri } from './navigation.ts';

describe('navigation links', () => {
  it('asks 高德 for walking directions to a WGS-84 point, the name without the separator', () => {
    const url = new URL(amapNavigationUri(115.9854321, 36.4567891, '第1网格, 东关街'));
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/navigation');
    expect(Object.fromEntries(url.searchParams)).toEqual({ to: '115.985432,36.456789,第1网格  东关街', mode: 'walk', coordinate: 'wgs84', callnative: '1', src: 'epigrid' });
  });

  it('writes geo: with latitude first and the label encoded', () => {
    expect(geoUri(115.98, 36.45, '第1网格 (东)')).toBe(`geo:36.45,115.98?q=36.45,115.98(${encodeURIComponent('第1网格 (东)')})`);
  });
});
