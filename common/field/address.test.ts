import { describe, expect, it } from 'vitest';
import { addressKey, sameAddress } from './address.ts';

describe('household addresses compare as the same door', () => {
  it('full-width digits and letters, spaces and case do not make a different address', () => {
    expect(addressKey('  东关街１７号 ')).toBe('东关街17号');
    expect(sameAddress('古楼街道东关街17号', '古楼街道 东关街 17 号')).toBe(true);
    expect(sameAddress('柳园小区Ａ座３０１', '柳园小区a座301')).toBe(true);
    expect(sameAddress('东关街17号', '东关街　17号')).toBe(true);
    expect(sameAddress('东关街17号\n2单元', '东关街17号 2单元')).toBe(true);
  });

  it('different numbers stay different, also when only spaces separated them', () => {
    expect(sameAddress('东关街17号', '东关街71号')).toBe(false);
    expect(sameAddress('Block 3 12', 'Block 31 2')).toBe(false);
    expect(addressKey('Block  3   12')).toBe('block 3 12');
  });
});
