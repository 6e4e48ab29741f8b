/** A column of a list export: its header, width in characters and the cell of one row. */
export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

export { XLSX_TYPE } from '../../common/endpoints/content-types.ts';
