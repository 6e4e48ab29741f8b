import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inertText, inertStreamingWorkbook, xlsxBuffer } from './inert.ts';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

async function roundTrip(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('s'));
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await xlsxBuffer(workbook) as unknown as ArrayBuffer);
  return read.worksheets[0]!;
}

describe('inert cells (OWASP CSV injection)', () => {
  it('quotes text starting with each trigger character, and nothing else', () => {
    for (const c of TRIGGERS) expect(inertText(`${c}1+1`)).toBe(`'${c}1+1`);
    expect(inertText("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    for (const safe of ['', '张三', '1+1', ' =1', "'=1", '3715**********123X', '2026-02-14', '\n=1']) expect(inertText(safe)).toBe(safe);
  });

  it('writes every text cell of every sheet inert, and leaves numbers, dates and empty cells as they are', async () => {
    const day = new Date('2026-02-14T00:00:00Z');
    const sheet = await roundTrip((s) => {
      s.addRow([...TRIGGERS.map((c) => `${c}SUM(A1)`), -5, 3.5, day, null, '古楼街道']);
      s.addRow([{ richText: [{ text: '@evil', font: { bold: true } }, { text: ' more' }] }]);
      s.mergeCells(3, 1, 3, 3);
      s.getCell(3, 1).value = '=merged';
    });
    const row = sheet.getRow(1);
    // XML reads a carriage return back as a line feed; the quote is what matters.
    TRIGGERS.forEach((c, i) => expect(row.getCell(i + 1).value).toBe(`'${c === '\r' ? '\n' : c}SUM(A1)`));
    expect(row.getCell(7).value).toBe(-5);
    expect(row.getCell(8).value).toBe(3.5);
    expect(row.getCell(9).value).toEqual(day);
    expect(row.getCell(10).value).toBeNull();
    expect(row.getCell(11).value).toBe('古楼街道');
    expect((sheet.getCell(2, 1).value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')).toBe("'@evil more");
    expect(sheet.getCell(3, 1).value).toBe("'=merged");
  });

  it('the streaming writer makes each row inert as it is written, however its cells were filled', async () => {
    const out = new PassThrough();
    const bytes = buffer(out);
    const workbook = inertStreamingWorkbook(out);
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['=1+1', -5, 'plain']).commit();
    const row = sheet.addRow([]);
    row.getCell(2).value = '@later';
    row.commit();
    sheet.commit();
    await workbook.commit();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await bytes as unknown as ArrayBuffer);
    const written = read.worksheets[0]!;
    expect(written.getRow(1).values).toEqual([undefined, "'=1+1", -5, 'plain']);
    expect(written.getCell(2, 2).value).toBe("'@later");
  });

  it('is the only place the server writes a workbook', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const offenders: string[] = [];
    for (const file of await fs.readdir(root, { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === path.join('excel', 'inert.ts')) continue;
      const text = await fs.readFile(path.join(root, file), 'utf8');
      if (/\.xlsx\.write|writeBuffer|WorkbookWriter|\.csv\.write/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
