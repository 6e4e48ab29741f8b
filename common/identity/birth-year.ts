/**
 * What a response says about when a person was born, short of the audited reveal: the year.
 * The full date is digits 7–14 of the ID number, so beside a masked number it would undo the
 * mask. The age shown is the age reached this year (this year − birth year): an age that
 * turned over on the birthday would give the day away to anyone who looks again tomorrow.
 */
export function birthYearOf(birthDate: string | null | undefined): number | null {
  return birthDate ? Number(birthDate.slice(0, 4)) : null;
}

/** The age a person born in `birthYear` reaches in the year of `today` ('YYYY-MM-DD', China time). */
export function ageInYear(birthYear: number, today: string): number {
  return Number(today.slice(0, 4)) - birthYear;
}
