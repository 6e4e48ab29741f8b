import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Spreadsheet programs read a cell whose text starts with one of these as a formula once the
 * sheet passes through CSV (OWASP "CSV injection"): `=cmd|' /C calc'!A0` would run a program.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Text that stays text wherever it is opened: a leading trigger character is quoted with `'`. */
export function inertText(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** Only text is quoted: numbers (negative ones too), dates and empty cells keep their type. */
function makeInert(cell: ExcelJS.Cell): void {
  if (cell.type === ExcelJS.ValueType.String) {
    const text = cell.value as string;
    const inert = inertText(text);
    if (inert !== text) cell.value = inert;
  } else if (cell.type === ExcelJS.ValueType.RichText) {
    // Converted to CSV, rich text is the concatenation of its runs: its first run decides.
    const { richText } = cell.value as ExcelJS.CellRichTextValue;
    const first = richText[0];
    if (first && inertText(first.text) !== first.text) cell.value = { richText: [{ ...first, text: inertText(first.text) }, ...richText.slice(1)] };
  }
}

/**
 * The bytes of a workbook, every text cell of every sheet made inert first. Every workbook the
 * server sends is written here or by inertStreamingWorkbook, so no export can forget it.
 */
export async function xlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell(makeInert));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The streaming writer's one path from a row to the file: exceljs 4.4 writes every committed row through it. */
type RowWriting = { _writeRow(row: ExcelJS.Row): void };

/**
 * A workbook written onto `stream` as its rows are committed (row by row, so memory stays
 * flat), each row made inert as it is written: however its cells were filled, none escapes.
 * Inline strings, because a shared-string table would hold every distinct text until the end.
 */
export function inertStreamingWorkbook(stream: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const addWorksheet = workbook.addWorksheet.bind(workbook);
  workbook.addWorksheet = (name, options) => {
    const sheet = addWorksheet(name, options);
    const writing = sheet as unknown as RowWriting;
    const writeRow = writing._writeRow.bind(sheet);
    writing._writeRow = (row) => {
      row.eachCell(makeInert);
      writeRow(row);
    };
    return sheet;
  };
  return workbook;
}
