import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, REGISTER_LIMITS, type RegisterColumn, type RegisterProblem } from '../../../common/field/register-format.ts';

/** Reading the household register workbook into plain rows of text, keyed by column. */
export type RegisterRow = { row: number } & Partial<Record<RegisterColumn['key'], string>>;

export class RegisterFileError extends Error {
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

export async function readRegister(buffer: Buffer): Promise<RegisterRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new RegisterFileError('NOT_A_WORKBOOK', 'cannot read the workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RegisterFileError('NO_ROWS', 'the workbook has no sheet');
  const columnOf = new Map<RegisterColumn['key'], number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellText(cell.value);
    const column = REGISTER_COLUMNS.find((c) => c.header === header || c.key === header);
    if (column) columnOf.set(column.key, col);
  });
  const missing = REGISTER_COLUMNS.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length > 0) throw new RegisterFileError('MISSING_COLUMN', missing.map((c) => c.header).join('、'));
  const rows: RegisterRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const excelRow = sheet.getRow(r);
    const row: RegisterRow = { row: r };
    let empty = true;
    for (const [key, col] of columnOf) {
      const text = cellText(excelRow.getCell(col).value);
      if (text !== '') {
        row[key] = text;
        empty = false;
      }
    }
    if (empty) continue;
    rows.push(row);
    if (rows.length > REGISTER_LIMITS.maxRows) throw new RegisterFileError('TOO_MANY_ROWS', `more than ${REGISTER_LIMITS.maxRows} rows`);
  }
  if (rows.length === 0) throw new RegisterFileError('NO_ROWS', 'no data rows');
  return rows;
}

export async function registerTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('住户登记表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({ householdKey: '1', address: '古楼街道光岳路12号', gridCode: '371502001001001', name: '张三', idNumber: '', phone: '', relation: '户主' });
  sheet.addRow({ householdKey: '1', address: '古楼街道光岳路12号', gridCode: '371502001001001', name: '李四', relation: '配偶' });
  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ header: '列', width: 14 }, { header: '必填', width: 8 }, { header: '说明', width: 60 }];
  for (const c of REGISTER_COLUMNS) notes.addRow([c.header, c.required ? '是' : '', c.note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
