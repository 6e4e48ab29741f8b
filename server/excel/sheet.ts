import ExcelJS from 'exceljs';
import { xlsxBuffer } from './inert.ts';

export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

/** One worksheet with a bold, frozen header row: the shape of every export. */
export async function workbookOf<T>(sheetName: string, columns: Column<T>[], rows: T[], notes: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EpiGrid';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  if (notes.length > 0) {
    sheet.addRow([]);
    for (const note of notes) sheet.addRow([note]).font = { italic: true, color: { argb: 'FF666666' } };
  }
  return xlsxBuffer(workbook);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
