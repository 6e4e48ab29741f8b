import { describe, expect, it } from 'vitest';
import { percent, rateOf, rateText } from './rates.ts';

describe('rates', () => {
  it('round down so that only all of them is 100%', () => {
    expect(percent(8128, 8129)).toBe(99);
    expect(percent(8129, 8129)).toBe(100);
    expect(percent(2, 3)).toBe(66);
    expect(percent(0, 0)).toBe(0);
  });

  it('have none when there is nothing to count, printed as a dash', () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(0, 4)).toBe(0);
    expect(rateOf(3, 4)).toBe(75);
    expect(rateText(null)).toBe('—');
    expect(rateText(0)).toBe('0%');
    expect(rateText(99)).toBe('99%');
  });
});
