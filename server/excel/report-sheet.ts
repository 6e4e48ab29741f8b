import ExcelJS from 'exceljs';

/**
 * Report sheets: a title block, then one or more tables (caption, header — optionally under
 * group headings — rows, totals), formatted for reading and printing rather than re-import.
 */
export type CellValue = string | number | Date | null;

/** How a column reads: counts with separators, signed changes, signed shares, China days, text. */
export type CellFormat = 'text' | 'count' | 'change' | 'percent' | 'date';

export interface ReportColumn<T> {
  header: string;
  /** A heading shared with the adjacent columns that carry the same group, merged above them. */
  group?: string;
  /** 'count' unless said otherwise; a 'date' column takes 'YYYY-MM-DD' strings. */
  format?: CellFormat;
  value: (row: T) => CellValue;
  /** Counts and changes are summed in the totals row; 'none' leaves a stock or a rank empty. */
  total?: 'none' | ((rows: T[]) => CellValue);
}

export interface ReportTable {
  caption?: string;
  columns: { header: string; group?: string; format: CellFormat }[];
  rows: CellValue[][];
  totals: CellValue[] | null;
}

export interface ReportSheet {
  name: string;
  /** The title, then the lines under it (region, period, when and by whom). */
  heading: [string, ...string[]];
  tables: ReportTable[];
  notes?: string[];
  landscape?: boolean;
  /** Keep the first table's header in view while scrolling (the default); a cover of small tables has no use for it. */
  freezeHeader?: boolean;
}

const TOTALS_LABEL = '合计';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  count: '#,##0',
  change: '+#,##0;-#,##0;0',
  percent: '+0.0%;-0.0%;0.0%',
  date: 'yyyy-mm-dd',
};
const THIN = { style: 'thin', color: { argb: 'FFB7C3D6' } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F4' } };
const TOTALS_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F5FA' } };

/** A table from rows and column definitions; totals only where asked. */
export function reportTable<T>(columns: ReportColumn<T>[], rows: T[], options: { caption?: string; totals?: boolean } = {}): ReportTable {
  const formats = columns.map((c) => c.format ?? 'count');
  const totals = options.totals
    ? columns.map((c, i): CellValue => {
      if (i === 0) return TOTALS_LABEL;
      if (typeof c.total === 'function') return c.total(rows);
      if (c.total === 'none' || (formats[i] !== 'count' && formats[i] !== 'change')) return null;
      return rows.reduce((sum, r) => sum + (Number(c.value(r)) || 0), 0);
    })
    : null;
  return {
    ...(options.caption ? { caption: options.caption } : {}),
    columns: columns.map((c, i) => ({ header: c.header, ...(c.group ? { group: c.group } : {}), format: formats[i]! })),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
    totals,
  };
}

export function newReportWorkbook(now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EpiGrid';
  workbook.created = now;
  return workbook;
}

/** Adds a report sheet: title block, tables one under another, the first table's header frozen. */
export function addReportSheet(workbook: ExcelJS.Workbook, report: ReportSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(report.name);
  const width = Math.max(1, ...report.tables.map((t) => t.columns.length));
  const widths = new Array<number>(width).fill(0);
  const [title, ...lines] = report.heading;
  spanRow(sheet, title, width, { bold: true, size: 14, color: { argb: 'FF0B2B63' } }).height = 24;
  for (const line of lines) spanRow(sheet, line, width, { size: 10, color: { argb: 'FF595959' } });
  let frozen: { ySplit: number; xSplit: number } | null = null;
  for (const table of report.tables) {
    sheet.addRow([]);
    const headerRow = writeTable(sheet, table, widths);
    frozen ??= { ySplit: headerRow, xSplit: table.columns.length > 8 ? 1 : 0 };
  }
  if (report.notes?.length) {
    sheet.addRow([]);
    for (const note of report.notes) spanRow(sheet, note, width, { italic: true, size: 9, color: { argb: 'FF666666' } });
  }
  widths.forEach((w, i) => { sheet.getColumn(i + 1).width = Math.min(40, Math.max(8, w + 2)); });
  if (frozen && report.freezeHeader !== false) sheet.views = [{ state: 'frozen', ...frozen }];
  sheet.pageSetup = {
    paperSize: 9, orientation: report.landscape ? 'landscape' : 'portrait',
    fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  return sheet;
}

/** Writes one table; answers the row number of its (last) header row. */
function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, widths: number[]): number {
  const n = table.columns.length;
  if (table.caption) {
    const caption = sheet.addRow([table.caption]);
    caption.font = { bold: true, size: 11, color: { argb: 'FF0B2B63' } };
  }
  const grouped = table.columns.some((c) => c.group);
  const groupRow = grouped ? sheet.addRow(table.columns.map((c) => c.group ?? c.header)) : null;
  const headerRow = sheet.addRow(table.columns.map((c) => c.header));
  for (const row of [groupRow, headerRow]) {
    if (!row) continue;
    row.font = { bold: true };
    for (let i = 1; i <= n; i++) {
      const cell = row.getCell(i);
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  if (groupRow) mergeGroups(sheet, table, groupRow.number);
  table.columns.forEach((c, i) => { widths[i] = Math.max(widths[i]!, textWidth(c.header)); });
  for (const values of table.rows) styleBody(sheet.addRow(values.map((v, i) => cellValue(v, table.columns[i]!.format))), table, widths);
  if (table.totals) {
    const totals = sheet.addRow(table.totals.map((v, i) => cellValue(v, table.columns[i]!.format)));
    styleBody(totals, table, widths);
    totals.font = { bold: true };
    for (let i = 1; i <= n; i++) totals.getCell(i).fill = TOTALS_FILL;
  }
  return headerRow.number;
}

/** Adjacent columns of one group share a merged heading; a column without one spans both header rows. */
function mergeGroups(sheet: ExcelJS.Worksheet, table: ReportTable, row: number): void {
  let i = 0;
  while (i < table.columns.length) {
    const group = table.columns[i]!.group;
    let j = i;
    while (group && table.columns[j + 1]?.group === group) j++;
    if (!group) sheet.mergeCells(row, i + 1, row + 1, i + 1);
    else if (j > i) sheet.mergeCells(row, i + 1, row, j + 1);
    i = j + 1;
  }
}

function styleBody(row: ExcelJS.Row, table: ReportTable, widths: number[]): void {
  table.columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.border = BORDER;
    const format = NUMBER_FORMATS[c.format];
    if (format) cell.numFmt = format;
    if (c.format === 'text') cell.alignment = { vertical: 'middle' };
    widths[i] = Math.max(widths[i]!, valueWidth(cell.value as CellValue, c.format));
  });
}

function cellValue(value: CellValue, format: CellFormat): CellValue {
  // Real dates, so that Excel sorts and filters them as dates (the totals label stays text).
  return format === 'date' && typeof value === 'string' && ISO_DAY.test(value) ? new Date(`${value}T00:00:00Z`) : value;
}

/** A line of text across the sheet's width (merged, so it does not widen the first column). */
function spanRow(sheet: ExcelJS.Worksheet, text: string, width: number, font: Partial<ExcelJS.Font>): ExcelJS.Row {
  const row = sheet.addRow([text]);
  row.font = font;
  row.getCell(1).alignment = { vertical: 'middle' };
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  return row;
}

/** Characters as Excel's column width counts them: a CJK character is two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

function valueWidth(value: CellValue, format: CellFormat): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') {
    if (format === 'percent') return 7;
    return Math.round(Math.abs(value)).toLocaleString('en-US').length + (format === 'change' ? 1 : 0);
  }
  return textWidth(value);
}
