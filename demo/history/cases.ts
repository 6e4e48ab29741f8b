import type { Insertable } from 'kysely';
import type { CaseStatus } from '../../common/cases/vocabulary.ts';
import type { CaseChangesTable, CasesTable } from '../../server/db/schema.ts';
import type { Random } from '../geography/prng.ts';
import { workHours, type HistoryCalendar } from './calendar.ts';
import type { HistoryGrid } from './grids.ts';
import { intBetween, uuidAt } from './random.ts';
import type { Traveller } from './residents.ts';
import type { HistoryVolumes } from './volumes.ts';

export interface CaseHistory {
  cases: Insertable<CasesTable>[];
  changes: Insertable<CaseChangesTable>[];
}

export interface CaseContext {
  calendar: HistoryCalendar;
  grids: HistoryGrid[];
  /** The health account that keeps a grid's register. */
  registrarFor: (gridCode: string) => string | null;
}

const SOURCES: Record<CaseStatus, string> = {
  suspected: '发热门诊报告',
  confirmed: '市疾控中心核酸检测阳性',
  cured: '定点医院出院',
  deceased: '定点医院报告',
  excluded: '两次核酸检测阴性，排除',
};

type Step = [status: CaseStatus, day: number];

/**
 * The course of each case, in days of the window: imported cases fall ill a few days after
 * coming back from Hubei, are confirmed a day or three later and leave hospital after two to
 * three weeks; other suspects are excluded within days; the newest are still suspected.
 */
function courses(travellers: Traveller[], cases: HistoryVolumes['cases'], last: number, random: Random): { traveller: Traveller; steps: Step[] }[] {
  const hubei = travellers.filter((t) => t.trip.direction === 'arrival' && (t.trip.category === 'wuhan' || t.trip.category === 'hubei_other') && t.trip.day <= last * 0.5);
  const inHubei = new Set(hubei);
  const others = travellers.filter((t) => t.trip.direction === 'arrival' && !inHubei.has(t));
  const used = new Set<string>();
  const draw = (pool: Traveller[]) => {
    for (let attempt = 0; attempt < 50 && pool.length > 0; attempt++) {
      const t = pool[Math.floor(random() * pool.length)]!;
      if (!used.has(t.personId)) {
        used.add(t.personId);
        return t;
      }
    }
    return null;
  };
  const plans: { traveller: Traveller; steps: Step[] }[] = [];
  const plan = (traveller: Traveller | null, steps: Step[]) => {
    const happened = steps.filter(([, day]) => day <= last);
    if (traveller && happened.length > 0) plans.push({ traveller, steps: happened });
  };
  for (let k = 0; k < cases.confirmed; k++) {
    const t = draw(hubei.length > 0 ? hubei : others);
    if (!t) break;
    const onset = t.trip.day + intBetween(random, 1, 6);
    const confirmed = onset + intBetween(random, 1, 3);
    const outcome: Step = k < cases.deceased ? ['deceased', confirmed + intBetween(random, 5, 12)] : ['cured', confirmed + intBetween(random, 12, 20)];
    // One in ten is confirmed straight away, without a suspected stage.
    plan(t, k % 10 === 9 ? [['confirmed', onset], outcome] : [['suspected', onset], ['confirmed', confirmed], outcome]);
  }
  for (let k = 0; k < cases.excluded; k++) {
    const t = draw(k % 2 === 0 && hubei.length > 0 ? hubei : others);
    if (!t) break;
    const onset = t.trip.day + intBetween(random, 1, 8);
    plan(t, [['suspected', onset], ['excluded', onset + intBetween(random, 1, 3)]]);
  }
  const recent = others.filter((t) => t.trip.day >= last - 6);
  for (let k = 0; k < cases.stillSuspected; k++) {
    const t = draw(recent.length > 0 ? recent : others);
    if (!t) break;
    plan(t, [['suspected', Math.min(last, Math.max(t.trip.day + 1, last - 1))]]);
  }
  return plans;
}

/** The register of cases with every change, as health staff would have recorded them. */
export function buildCases(travellers: Traveller[], volumes: HistoryVolumes['cases'], ctx: CaseContext, random: Random): CaseHistory {
  const { calendar } = ctx;
  const history: CaseHistory = { cases: [], changes: [] };
  for (const { traveller, steps } of courses(travellers, volumes, calendar.days.length - 1, random)) {
    const gridCode = ctx.grids[traveller.grid]!.code;
    const registrar = ctx.registrarFor(gridCode);
    if (!registrar) continue;
    const times: number[] = [];
    for (const [, day] of steps) times.push(Math.max(calendar.instant(day, random, workHours).getTime(), times[times.length - 1] ?? 0));
    const caseId = uuidAt(times[0]!, random);
    steps.forEach(([status, day], k) => history.changes.push({
      id: uuidAt(times[k]!, random), case_id: caseId, from_status: k > 0 ? steps[k - 1]![0] : null, to_status: status,
      changed_on: calendar.days[day]!, source: SOURCES[status], note: null, changed_by: registrar, changed_at: new Date(times[k]!),
    }));
    const [status, day] = steps[steps.length - 1]!;
    history.cases.push({
      id: caseId, person_id: traveller.personId, grid_code: gridCode, status, status_on: calendar.days[day]!,
      source: SOURCES[status], note: null, created_by: registrar, created_at: new Date(times[0]!), updated_at: new Date(times[times.length - 1]!),
    });
  }
  return history;
}
