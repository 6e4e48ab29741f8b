import ExcelJS from 'exceljs';

/**
 * Reads back the tables of a report sheet (server/excel/report-sheet.ts) so tests can compare
 * cells with the JSON they came from: a table is found by its caption, its columns by header
 * ('group·header' under a group heading), its rows by the text in the first column.
 */
export type Cell = string | number | null;

export interface ReadTable {
  columns: string[];
  rows: Cell[][];
  totals: Cell[] | null;
  /** The cell of the row whose first column reads `label`, in column `column`. */
  get(label: string, column: string): Cell;
  /** The whole column, data rows only. */
  column(column: string): Cell[];
}

export async function loadWorkbook(payload: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook;
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

/** Every row of the sheet as plain values (dates as 'YYYY-MM-DD'), 1-based rows, 0-based columns. */
export function sheetRows(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(plain(row.getCell(c).value));
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    rows[r] = cells;
  }
  return rows;
}

export function readTable(sheet: ExcelJS.Worksheet, caption: string): ReadTable {
  const rows = sheetRows(sheet);
  const at = rows.findIndex((r) => r?.[0] === caption);
  if (at < 0) throw new Error(`no table "${caption}" in ${sheet.name}`);
  const first = rows[at + 1]!;
  const second = rows[at + 2]!;
  // Under group headings, an ungrouped column's header spans both rows and reads the same in each.
  const grouped = first[0] === second[0] && first.some((v, i) => v !== second[i]);
  const columns = grouped ? second.map((h, i) => (first[i] === h ? String(h) : `${first[i]}·${h}`)) : first.map(String);
  const body: Cell[][] = [];
  let totals: Cell[] | null = null;
  for (let r = at + (grouped ? 3 : 2); rows[r] && rows[r]!.length > 0; r++) {
    const row = columns.map((_, i) => rows[r]![i] ?? null);
    if (row[0] === '合计') totals = row;
    else body.push(row);
  }
  const index = (column: string) => {
    const i = columns.indexOf(column);
    if (i < 0) throw new Error(`no column "${column}" in "${caption}": ${columns.join(', ')}`);
    return i;
  };
  return {
    columns, rows: body, totals,
    get(label, column) {
      const row = body.find((r) => r[0] === label);
      if (!row) throw new Error(`no row "${label}" in "${caption}"`);
      return row[index(column)]!;
    },
    column: (column) => body.map((r) => r[index(column)]!),
  };
}
