import { terms } from '../terms.ts';

/** The case register's statuses (确诊/疑似/治愈/死亡/排除), in the order the dashboards show them. */
export const CASE_STATUS = terms({
  suspected: { zh: '疑似', en: 'Suspected' },
  confirmed: { zh: '确诊', en: 'Confirmed' },
  cured: { zh: '治愈', en: 'Cured' },
  deceased: { zh: '死亡', en: 'Deceased' },
  excluded: { zh: '排除', en: 'Excluded' },
});
export type CaseStatus = (typeof CASE_STATUS.codes)[number];

/** Statuses a case may start in: a person enters the register as suspected or confirmed. */
export const CASE_START: readonly CaseStatus[] = ['suspected', 'confirmed'];

/**
 * Changes the register accepts. Cured and deceased are final; an excluded suspect who falls ill
 * again becomes suspected or confirmed once more; a cured patient may not be re-confirmed here
 * (a re-positive is recorded as a new suspected case by health staff in the real workflow).
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  suspected: ['confirmed', 'excluded'],
  confirmed: ['cured', 'deceased'],
  cured: [],
  deceased: [],
  excluded: ['suspected', 'confirmed'],
};

export function canChangeCase(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}
