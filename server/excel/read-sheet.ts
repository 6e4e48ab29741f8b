import ExcelJS from 'exceljs';
import type { RegisterProblem } from '../../common/field/register-format.ts';
import { xlsxBuffer } from './inert.ts';

/** A column of an imported register: found by its header (or its key), required or not. */
export interface SheetColumn<K extends string> {
  key: K;
  header: string;
  required: boolean;
}

/** One data row as plain text keyed by column; `row` is the sheet's row number (1 = headers). */
export type SheetRow<K extends string> = { row: number } & Partial<Record<K, string>>;

/** The file as a whole cannot be read: not a workbook, a required column missing, no or too many rows. */
export class SheetFileError extends Error {
  constructor(public readonly problem: RegisterProblem, public readonly detail: string) {
    super(detail);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  // Long digit strings typed as numbers lose digits in Excel; what is left is reported by the checks.
  return String(value).trim();
}

/** The first sheet's rows, by header; blank rows are skipped. */
export async function readSheet<K extends string>(buffer: Buffer, columns: readonly SheetColumn<K>[], maxRows: number): Promise<SheetRow<K>[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new SheetFileError('NOT_A_WORKBOOK', 'cannot read the workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetFileError('NO_ROWS', 'the workbook has no sheet');
  const columnOf = new Map<K, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellText(cell.value);
    const column = columns.find((c) => c.header === header || c.key === header);
    if (column) columnOf.set(column.key, col);
  });
  const missing = columns.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length > 0) throw new SheetFileError('MISSING_COLUMN', missing.map((c) => c.header).join('、'));
  const rows: SheetRow<K>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const excelRow = sheet.getRow(r);
    const row: SheetRow<K> = { row: r } as SheetRow<K>;
    let empty = true;
    for (const [key, col] of columnOf) {
      const text = cellText(excelRow.getCell(col).value);
      if (text !== '') {
        (row as Partial<Record<K, string>>)[key] = text;
        empty = false;
      }
    }
    if (empty) continue;
    rows.push(row);
    if (rows.length > maxRows) throw new SheetFileError('TOO_MANY_ROWS', `more than ${maxRows} rows`);
  }
  if (rows.length === 0) throw new SheetFileError('NO_ROWS', 'no data rows');
  return rows;
}

/**
 * A register template: the columns as text cells (so ID numbers keep their digits), example
 * rows, and a second sheet explaining each column.
 */
export async function sheetTemplate<K extends string>(
  name: string,
  columns: readonly (SheetColumn<K> & { note: string })[],
  examples: Partial<Record<K, string>>[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const example of examples) sheet.addRow(example);
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ header: '列', width: 14 }, { header: '必填', width: 8 }, { header: '说明', width: 60 }];
  for (const c of columns) notes.addRow([c.header, c.required ? '是' : '', c.note]);
  return xlsxBuffer(workbook);
}
