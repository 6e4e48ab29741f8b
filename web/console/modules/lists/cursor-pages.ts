/** The page sizes a list offers; the server takes up to 200. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_SIZE = 20;

/**
 * Where a reader is in a list: its filters, the page size and the cursors of the pages walked
 * past the first (the last one is the page shown). "Previous" drops the last cursor, so going
 * back costs nothing and lands on the same rows as before.
 */
export interface CursorPages<F> {
  filters: F;
  size: number;
  cursors: readonly string[];
}

export function firstPage<F>(filters: F, size: number = DEFAULT_SIZE): CursorPages<F> {
  return { filters, size, cursors: [] };
}

export const pageNumber = (pages: CursorPages<unknown>): number => pages.cursors.length + 1;

export const currentCursor = (pages: CursorPages<unknown>): string | undefined => pages.cursors.at(-1);

export function nextPage<F>(pages: CursorPages<F>, nextCursor: string): CursorPages<F> {
  return { ...pages, cursors: [...pages.cursors, nextCursor] };
}

export function previousPage<F>(pages: CursorPages<F>): CursorPages<F> {
  return { ...pages, cursors: pages.cursors.slice(0, -1) };
}

/** Other filters or another page size: the rows move, so back to the first page. */
export const withFilters = <F>(pages: CursorPages<F>, filters: F): CursorPages<F> => firstPage(filters, pages.size);
export const withSize = <F>(pages: CursorPages<F>, size: number): CursorPages<F> => firstPage(pages.filters, size);
