import { describe, expect, it } from 'vitest';
import { drillBack, drillInto, percent, ratesOf } from './progress.ts';

describe('progress rates', () => {
  it('round down so that only all of them is 100%', () => {
    expect(percent(8128, 8129)).toBe(99);
    expect(percent(8129, 8129)).toBe(100);
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(66);
    expect(percent(0, 0)).toBe(0);
  });

  it('give read and done shares of the receipts', () => {
    expect(ratesOf({ total: 8, read: 6, done: 2, overdue: 1 })).toEqual({ read: 75, done: 25 });
    expect(ratesOf({ total: 0, read: 0, done: 0, overdue: 0 })).toEqual({ read: 0, done: 0 });
  });
});

describe('the progress drill path', () => {
  const city = { code: '3715', name: '聊城市' };
  const district = { code: '371502', name: '东昌府区' };
  const street = { code: '371502001', name: '古楼街道' };

  it('goes down a child at a time and back up to any crumb', () => {
    const down = drillInto(drillInto([city], district), street);
    expect(down.map((c) => c.code)).toEqual(['3715', '371502', '371502001']);
    expect(drillBack(down, '371502')).toEqual([city, district]);
    expect(drillBack(down, '3715')).toEqual([city]);
  });

  it('does not repeat a region already on the path', () => {
    expect(drillInto([city, district, street], district)).toEqual([city, district]);
    expect(drillBack([city, district], '9999')).toEqual([city, district]);
  });
});
