import type { Symptom, VerificationOutcome, WarningReasonCode } from '../../common/declarations/vocabulary.ts';
import type { DeclarationFacts, WarningRules } from '../../common/declarations/warning-rules.ts';
import type { Random } from '../geography/prng.ts';
import { chance, normal, pick, weightedCode } from './random.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const round1 = (t: number) => Math.round(t * 10) / 10;

/**
 * What a declaration that raises a warning says. Early on, most are people back from a key
 * area (x = position in the window, 0 = first day); later, fevers and symptoms dominate.
 */
export function warnedFacts(x: number, rules: WarningRules, random: Random): DeclarationFacts {
  const usual = () => Math.min(round1(normal(random, 36.5, 0.2)), round1(rules.feverThreshold - 0.1));
  const base = { temperature: usual(), symptoms: [] as Symptom[], keyAreaTravel: false, caseContact: false };
  const kind = weightedCode({ travel: 45 - 35 * x, fever: 30 + 10 * x, high_fever: 5, symptom: 14 + 10 * x, contact: 6 })(random);
  switch (kind) {
    case 'travel': return { ...base, keyAreaTravel: true };
    case 'fever': return { ...base, temperature: round1(rules.feverThreshold + random() * Math.max(rules.highFeverThreshold - rules.feverThreshold - 0.1, 0)) };
    case 'high_fever': return { ...base, temperature: round1(rules.highFeverThreshold + random() * 1.2), symptoms: chance(random, 0.5) ? ['fever'] : [] };
    case 'symptom': return { ...base, symptoms: rules.warningSymptoms.length > 0 ? [pick(random, rules.warningSymptoms)] : [] };
    default: return { ...base, caseContact: true };
  }
}

const OUTCOMES: Record<WarningReasonCode, (random: Random) => VerificationOutcome> = {
  key_area_travel: weightedCode<VerificationOutcome>({ home_isolation: 55, normal: 35, central_isolation: 10 }),
  case_contact: weightedCode<VerificationOutcome>({ central_isolation: 60, home_isolation: 40 }),
  high_temperature: weightedCode<VerificationOutcome>({ fever_clinic: 75, normal: 15, false_report: 10 }),
  temperature: weightedCode<VerificationOutcome>({ normal: 60, false_report: 20, fever_clinic: 20 }),
  symptom: weightedCode<VerificationOutcome>({ normal: 55, fever_clinic: 30, home_isolation: 15 }),
};
const NOTES: Record<VerificationOutcome, string> = {
  normal: '上门复测体温正常，无不适',
  fever_clinic: '已陪同前往发热门诊就诊',
  home_isolation: '已落实居家隔离观察',
  central_isolation: '已转运至集中隔离点',
  false_report: '测温误差，复测正常',
};

/**
 * How a warning was followed up. A real centre chases the ones not checked in time, so an old
 * one was at worst handled late, hours past its deadline; only warnings of the last day can
 * still be open past it ('overlooked'), and a handful at most are.
 */
export type Handling = 'usual' | 'late' | 'overlooked';
/** Of the warnings of the last day whose deadline has passed, the first and then one in this many are still open. */
export const OVERLOOKED_EVERY = 6;
/** Of the older ones, one in this many was handled after its deadline. */
export const LATE_EVERY = 12;
export const STILL_CHASED_MS = 24 * HOUR;

/**
 * When the grid worker checked on the person, and what they found; null while still open:
 * not checked yet, or overlooked.
 */
export function verification(reasons: WarningReasonCode[], lastDeclaredAt: number, dueAt: number, now: number, handling: Handling, random: Random): { at: number; outcome: VerificationOutcome; note: string } | null {
  if (handling === 'overlooked') return null;
  const from = handling === 'late'
    ? Math.max(dueAt, lastDeclaredAt) + (1 + random() * 17) * HOUR
    : lastDeclaredAt + (chance(random, 0.1) ? (2 + random() * 6) * HOUR : (15 + random() * 85) * MINUTE);
  const at = Math.floor(from / 1000) * 1000;
  if (at >= now) return null;
  const outcome = OUTCOMES[reasons[0]!](random);
  return { at, outcome, note: NOTES[outcome] };
}
