import { describe, expect, it } from 'vitest';
import { viewedRegion } from '../../lib/viewed-region.ts';
import { regionAbove } from './scope.ts';

describe('viewedRegion', () => {
  it('keeps a region inside the scope and falls back to the scope otherwise', () => {
    expect(viewedRegion('371502001', '371502')).toBe('371502001');
    expect(viewedRegion(null, '371502')).toBe('371502');
    expect(viewedRegion('3715', '371502')).toBe('371502');
    expect(viewedRegion('371581', '371502')).toBe('371502');
    expect(viewedRegion('37150x', '371502')).toBe('371502');
  });

  it('reads the 6-digit statistical code of the city as the city', () => {
    expect(viewedRegion('371500', '3715')).toBe('3715');
  });
});

describe('regionAbove', () => {
  it('goes up one level but never above the scope', () => {
    expect(regionAbove('371502001001', '371502')).toBe('371502001');
    expect(regionAbove('371502001', '371502')).toBe('371502');
    expect(regionAbove('371502', '371502')).toBeNull();
    expect(regionAbove('3715', '3715')).toBeNull();
  });
});
