import { describe, expect, it } from 'vitest';
import { ageInYear, birthYearOf } from './birth-year.ts';
import { checkIdNumber, idNumberCheckChar } from './id-number.ts';
import { maskIdNumber } from './mask.ts';

/**
 * How many ID numbers agree with what a viewer without pii.reveal is shown. The attacker is
 * given the most they could plausibly know: the full 6-digit region code (the district of the
 * person's grid), the sex, and whatever birth information is displayed.
 */
function candidates(shown: { masked: string; region: string; sex: 'male' | 'female'; birthDate?: string; birthYear?: number }): number {
  const fits = (id: string) => [...shown.masked].every((c, i) => c === '*' || c === id[i]);
  const days: string[] = [];
  const year = shown.birthDate ? Number(shown.birthDate.slice(0, 4)) : shown.birthYear!;
  for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000) {
    const day = new Date(d).toISOString().slice(0, 10);
    if (!shown.birthDate || shown.birthDate === day) days.push(day.replaceAll('-', ''));
  }
  let n = 0;
  for (const day of days) {
    for (let seq = 0; seq < 1000; seq++) {
      if ((seq % 2 === 1) !== (shown.sex === 'male')) continue;
      const first17 = `${shown.region}${day}${String(seq).padStart(3, '0')}`;
      const id = first17 + idNumberCheckChar(first17);
      if (fits(id)) n += 1;
    }
  }
  return n;
}

describe('masking an ID number', () => {
  const id = `37150219850612001${idNumberCheckChar('37150219850612001')}`;
  const check = checkIdNumber(id);
  if (!check.ok) throw new Error('the example must be a valid number');
  const person = { region: id.slice(0, 6), sex: check.sex };

  it('shows the city prefix and the check character only', () => {
    expect(maskIdNumber(id)).toBe(`3715*************${id[17]}`);
    expect(maskIdNumber('11010519491231002X')).toBe('1101*************X');
  });

  it('the old form beside the birth date gave the number away; beside the birth year, in a few dozen guesses', () => {
    const old = `${id.slice(0, 4)}**********${id.slice(-4)}`;
    expect(candidates({ masked: old, ...person, birthDate: '1985-06-12' })).toBe(1);
    expect(candidates({ masked: old, ...person, birthYear: 1985 })).toBeLessThan(60);
  });

  it('the mask beside the birth year and sex leaves thousands of numbers to try', () => {
    expect(candidates({ masked: maskIdNumber(id), ...person, birthYear: 1985 })).toBeGreaterThan(10_000);
  });

  it('the age is this year minus the birth year, so it never turns over on the birthday', () => {
    expect(birthYearOf('1985-06-12')).toBe(1985);
    expect(birthYearOf(null)).toBeNull();
    expect([ageInYear(1985, '2025-01-01'), ageInYear(1985, '2025-06-11'), ageInYear(1985, '2025-06-12'), ageInYear(1985, '2025-12-31')]).toEqual([40, 40, 40, 40]);
  });
});
