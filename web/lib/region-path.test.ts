import { describe, expect, it } from 'vitest';
import { ancestorsWithin, regionCrumbs } from './region-path.ts';

const chain = [
  { code: '3715', name: '聊城市', level: 1 },
  { code: '371502', name: '东昌府区', level: 2 },
  { code: '371502001', name: '古楼街道', level: 3 },
];

describe('regionCrumbs', () => {
  it('makes only the crumbs inside the scope navigable', () => {
    const crumbs = regionCrumbs(chain, '371502');
    expect(crumbs.map((c) => c.navigable)).toEqual([false, true, true]);
    expect(crumbs.map((c) => c.current)).toEqual([false, false, true]);
  });
});

describe('ancestorsWithin', () => {
  it('lists the in-scope ancestors to open in a tree', () => {
    expect(ancestorsWithin('371502001', '371502', chain)).toEqual(['371502']);
    expect(ancestorsWithin('371502001', '3715', chain)).toEqual(['3715', '371502']);
  });
});
