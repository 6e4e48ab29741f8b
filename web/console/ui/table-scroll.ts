import type { TableColumnsType } from 'antd';

/** Room a column without a set width (an address, a description) needs to stay readable. */
const FLEXIBLE_MIN = 200;

/**
 * A fixed-layout table's narrowest readable width: its columns' widths, plus room for those
 * that take what is left. Given as `scroll.x`, the table fills a wider card as before, and on a
 * narrower screen (a phone) scrolls inside its card instead of squeezing a column to nothing
 * or widening the page.
 */
export function minTableWidth<T>(columns: TableColumnsType<T>, flexible = FLEXIBLE_MIN): number {
  return columns.reduce((sum, column) => {
    if ('children' in column && column.children) return sum + minTableWidth(column.children, flexible);
    return sum + (typeof column.width === 'number' ? column.width : flexible);
  }, 0);
}
