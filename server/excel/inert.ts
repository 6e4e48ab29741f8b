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
 * server sends is written here, so no export can forget it.
 */
export async function xlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell(makeInert));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
