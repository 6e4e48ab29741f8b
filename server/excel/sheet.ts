/** A column of a list export: its header, width in characters and the cell of one row. */
export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
