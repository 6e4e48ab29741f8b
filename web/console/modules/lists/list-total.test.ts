import { describe, expect, it } from 'vitest';
import { pageCount, totalText } from './list-total.ts';

describe('a list\'s total', () => {
  it('is exact with grouped digits, or a lower bound as 10,000+', () => {
    expect(totalText(26, false, 'zh-CN')).toBe('26');
    expect(totalText(12345, false, 'zh-CN')).toBe('12,345');
    expect(totalText(10_000, true, 'zh-CN')).toBe('10,000+');
  });

  it('gives the page count only when exact (at least one page)', () => {
    expect(pageCount(26, false, 20)).toBe(2);
    expect(pageCount(0, false, 20)).toBe(1);
    expect(pageCount(10_000, true, 20)).toBeUndefined();
  });
});
