import type { TFunction } from 'i18next';
import { ageInYear } from '../../../../common/identity/birth-year.ts';
import { chinaDate } from '../../../../common/time.ts';

/**
 * A person's age as the console shows it: the age reached this year, from the birth year the
 * server sends. The full birth date is not sent beside a masked ID number (docs/api.md).
 */
export function ageText(t: TFunction, birthYear: number | null): string {
  return birthYear === null ? '' : t('personAge.value', { age: ageInYear(birthYear, chinaDate(new Date())) });
}

export function bornText(t: TFunction, birthYear: number | null): string {
  return birthYear === null ? '' : t('personAge.born', { year: birthYear, age: ageInYear(birthYear, chinaDate(new Date())) });
}
