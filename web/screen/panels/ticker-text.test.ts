import { describe, expect, it } from 'vitest';
import { itemLabel, itemTime } from './ticker-text.ts';

const item = (kind: 'event' | 'warning' | 'arrival' | 'case', label: string) =>
  ({ kind, label, at: '2024-02-01T02:05:00Z', region: { code: '371502001001001', name: '第1网格' }, path: '东昌府区 › 古楼街道' });

describe('ticker text', () => {
  it('names each kind\'s code from its vocabulary', () => {
    expect(itemLabel(item('event', 'disinfection'))).toBe('消杀防控');
    expect(itemLabel(item('arrival', 'wuhan'))).toBe('武汉');
    expect(itemLabel(item('case', 'confirmed'))).toBe('确诊');
    expect(itemLabel(item('warning', 'high'))).toBe('重点预警');
    expect(itemLabel(item('warning', 'key_area_travel'))).toBe('14天内去过重点地区');
    expect(itemLabel(item('event', 'unknown_code'))).toBe('');
  });

  it('prints China time, with the date only for earlier days', () => {
    expect(itemTime('2024-02-01T02:05:00Z', '2024-02-01')).toBe('10:05');
    expect(itemTime('2024-01-31T16:30:00Z', '2024-02-01')).toBe('00:30');
    expect(itemTime('2024-01-31T15:30:00Z', '2024-01-31')).toBe('23:30');
    expect(itemTime('2024-01-30T15:30:00Z', '2024-02-01')).toBe('01-30 23:30');
  });
});
