import { REGISTER_COLUMNS, REGISTER_LIMITS, type RegisterColumn } from '../../../common/field/register-format.ts';
import { readSheet, sheetTemplate, type SheetRow } from '../../excel/read-sheet.ts';

/** The household register workbook as plain rows of text, keyed by column. */
export type RegisterRow = SheetRow<RegisterColumn['key']>;

export function readRegister(buffer: Buffer): Promise<RegisterRow[]> {
  return readSheet(buffer, REGISTER_COLUMNS, REGISTER_LIMITS.maxRows);
}

export function registerTemplate(): Promise<Buffer> {
  return sheetTemplate('住户登记表', REGISTER_COLUMNS, [
    { householdKey: '1', address: '古楼街道光岳路12号', gridCode: '371502001001001', name: '张三', idNumber: '', phone: '', relation: '户主' },
    { householdKey: '1', address: '古楼街道光岳路12号', gridCode: '371502001001001', name: '李四', relation: '配偶' },
  ]);
}
