import { describe, expect, it } from 'vitest';
import { currentCursor, firstPage, nextPage, pageNumber, previousPage, withFilters, withSize } from './cursor-pages.ts';

describe('cursor pages', () => {
  it('start on page 1 without a cursor, 20 rows a page', () => {
    const pages = firstPage({ region: '371502' });
    expect(pageNumber(pages)).toBe(1);
    expect(currentCursor(pages)).toBeUndefined();
    expect(pages.size).toBe(20);
  });

  it('walk forward by each page\'s next cursor and back to the cursors before', () => {
    const third = nextPage(nextPage(firstPage({}), 'c2'), 'c3');
    expect(pageNumber(third)).toBe(3);
    expect(currentCursor(third)).toBe('c3');
    const second = previousPage(third);
    expect(pageNumber(second)).toBe(2);
    expect(currentCursor(second)).toBe('c2');
    expect(currentCursor(previousPage(second))).toBeUndefined();
  });

  it('go back to page 1 on other filters or another size, keeping the other', () => {
    const deep = nextPage(firstPage({ q: 'a' }, 50), 'c2');
    expect(withFilters(deep, { q: 'b' })).toEqual({ filters: { q: 'b' }, size: 50, cursors: [] });
    expect(withSize(deep, 10)).toEqual({ filters: { q: 'a' }, size: 10, cursors: [] });
  });
});
