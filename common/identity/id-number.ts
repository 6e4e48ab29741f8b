/**
 * Mainland resident identity card numbers (GB 11643-1999): 6-digit address code,
 * 8-digit birth date, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 */
export type IdNumberProblem = 'EMPTY' | 'LENGTH' | 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECKSUM';

export type IdNumberCheck =
  | { ok: true; normalized: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; problem: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function validBirthDate(yyyymmdd: string, today: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (date.getTime() > today.getTime()) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Exactly 18 characters as written: no space, dash or line break is stripped. A lower-case
 * check character `x` is accepted and stored as `X` (phone keyboards offer only that).
 */
export function checkIdNumber(input: string, today: Date = new Date()): IdNumberCheck {
  const value = /^[0-9]{17}x$/.test(input) ? input.toUpperCase() : input;
  if (value.length === 0) return { ok: false, problem: 'EMPTY' };
  if (!/^[0-9X]+$/.test(value)) return { ok: false, problem: 'FORMAT' };
  if (value.length !== 18) return { ok: false, problem: 'LENGTH' };
  if (!/^[0-9]{17}[0-9X]$/.test(value)) return { ok: false, problem: 'FORMAT' };
  // Province codes run 11–65 (plus 71/81/82/83 for Taiwan, Hong Kong, Macao residence permits).
  const province = Number(value.slice(0, 2));
  if (province < 11 || (province > 65 && ![71, 81, 82, 83].includes(province))) {
    return { ok: false, problem: 'REGION' };
  }
  const birthDate = validBirthDate(value.slice(6, 14), today);
  if (birthDate === null) return { ok: false, problem: 'BIRTH_DATE' };
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECKSUM' };
  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalized: value, birthDate, sex };
}

export const ID_NUMBER_PROBLEM_MESSAGES: Record<IdNumberProblem, { zh: string; en: string }> = {
  EMPTY: { zh: '请填写身份证号', en: 'ID number is required' },
  LENGTH: { zh: '身份证号应为18位', en: 'ID number must have 18 characters' },
  FORMAT: { zh: '身份证号只能是数字，最后一位可为X，不含空格', en: 'ID number must be digits (the last may be X), without spaces' },
  REGION: { zh: '身份证号的地区码无效', en: 'ID number has an invalid region code' },
  BIRTH_DATE: { zh: '身份证号中的出生日期无效', en: 'ID number has an invalid birth date' },
  CHECKSUM: { zh: '身份证号校验位不正确', en: 'ID number check digit is wrong' },
};
