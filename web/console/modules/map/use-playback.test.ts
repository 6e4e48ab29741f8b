import { describe, expect, it } from 'vitest';
import { dayWithin } from './use-playback.ts';

describe('dayWithin', () => {
  it('keeps a day of the period, its first and last included', () => {
    expect(dayWithin('2026-03-01', '2026-03-01', '2026-03-07')).toBe('2026-03-01');
    expect(dayWithin('2026-03-04', '2026-03-01', '2026-03-07')).toBe('2026-03-04');
    expect(dayWithin('2026-03-07', '2026-03-01', '2026-03-07')).toBe('2026-03-07');
  });

  it('ignores a day outside the period (a playback of another one): the whole period', () => {
    expect(dayWithin('2026-02-28', '2026-03-01', '2026-03-07')).toBeNull();
    expect(dayWithin('2026-03-08', '2026-03-01', '2026-03-07')).toBeNull();
    expect(dayWithin(null, '2026-03-01', '2026-03-07')).toBeNull();
  });
});
