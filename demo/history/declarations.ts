import type { Insertable } from 'kysely';
import type { Symptom } from '../../common/declarations/vocabulary.ts';
import { assessDeclaration, type DeclarationFacts, type WarningRules } from '../../common/declarations/warning-rules.ts';
import type { WarningsTable } from '../../server/db/schema.ts';
import type { PiiCipher } from '../../server/pii/crypto.ts';
import type { Random } from '../geography/prng.ts';
import { gateHours, type HistoryCalendar } from './calendar.ts';
import type { HistoryCheckpoint } from './checkpoints.ts';
import { birthDate, idNumber, mobilePhone, personName, protectIdNumber, protectPhone, type ProtectedIdentifier } from './identities.ts';
import { apportion, chance, normal, pick, uuidAt, weightedPicker } from './random.ts';
import { LATE_EVERY, OVERLOOKED_EVERY, STILL_CHASED_MS, verification, warnedFacts, type Handling } from './warning-episodes.ts';

/** A resident who scans the codes; their phone (and ID number, if they give it) encrypted once. */
export interface Declarant {
  i: number;
  name: string;
  phone_cipher: string;
  phone_index: string;
  phone_masked: string;
  id_number_cipher: string | null;
  id_number_masked: string | null;
}

/** One scan, compact: checkpoint and declarant by their index in the history's lists. */
export interface CompactDeclaration {
  id: string;
  c: number;
  p: number;
  /** Seconds since the epoch. */
  t: number;
  m: number;
  s: Symptom[];
  d: 'in' | 'out';
  k: boolean;
  x: boolean;
  r: 'pass' | 'stop';
  w: string | null;
}

export interface DeclarationHistory {
  declarants: Declarant[];
  declarations: CompactDeclaration[];
  warnings: Insertable<WarningsTable>[];
}

export interface DeclarationContext {
  calendar: HistoryCalendar;
  checkpoints: HistoryCheckpoint[];
  workers: string[];
  rules: WarningRules;
  pii: PiiCipher;
  /** The residents' phones; each declarant has one of its own, people raising a warning a fresh one. */
  phones: ProtectedIdentifier[];
}

const MINUTE = 60_000;
/**
 * The QR codes went up on the third day and scanning caught on within a week; the gates then
 * got busier with the return-to-work wave of the third and fourth weeks, and quieter after it.
 */
const ADOPTION = (x: number) => (x < 0.06 ? 0.08 : Math.min(1, 0.3 + (x - 0.06) * 3));
const RETURN_WAVE = (x: number) => 0.55 + 0.45 * Math.exp(-(((x - 0.68) / 0.16) ** 2));
const DAILY_CURVE = (x: number) => ADOPTION(x) * RETURN_WAVE(x);
/** Gate scans follow commuting: about a third fewer at weekends. */
const RHYTHM = { weekend: 0.68, wobble: 0.06 };
const MILD_SYMPTOMS: Symptom[] = ['runny_nose', 'sore_throat', 'fatigue', 'diarrhoea'];
/**
 * Scanning happened at the gates of residential compounds in the towns; one village
 * checkpoint in ten used the QR code, the others kept paper registers.
 */
function gateWeight(kind: string, random: Random): number {
  if (kind === 'residential_entrance') return 1;
  return chance(random, 0.1) ? 0.5 : 0;
}

function declarant(i: number, phone: ProtectedIdentifier, pii: PiiCipher, areaCode: string, today: string, taken: Set<string>, random: Random): Declarant {
  const sex = chance(random, 0.5) ? 'male' : 'female';
  const id = chance(random, 0.3) ? protectIdNumber(pii, idNumber(random, areaCode, birthDate(random, today, 16, 80), sex, taken)) : null;
  return {
    i, name: personName(random), phone_cipher: phone.cipher, phone_index: phone.index, phone_masked: phone.masked,
    id_number_cipher: id?.cipher ?? null, id_number_masked: id?.masked ?? null,
  };
}

/** A healthy resident's declaration: below the fever line, no warning symptom, no key-area travel or contact. */
export function healthyFacts(rules: WarningRules, random: Random): DeclarationFacts {
  const ceiling = Math.round((rules.feverThreshold - 0.1) * 10) / 10;
  const temperature = Math.min(ceiling, Math.max(35.8, Math.round(normal(random, 36.5, 0.25) * 10) / 10));
  const mild = MILD_SYMPTOMS.filter((s) => !rules.warningSymptoms.includes(s));
  return { temperature, symptoms: mild.length > 0 && chance(random, 0.012) ? [pick(random, mild)] : [], keyAreaTravel: false, caseContact: false };
}

/**
 * Declarations at the checkpoints, mostly in the morning and evening rush, from a fixed set
 * of residents; a small share raise warnings. A warned person sometimes declares again before
 * anyone has checked on them, which adds to their open warning as the intake does. Most
 * warnings are verified within the hour or two, the latest are still open, a few are overdue.
 */
export function buildDeclarations(total: number, declarantCount: number, warningCount: number, ctx: DeclarationContext, random: Random): DeclarationHistory {
  const { calendar, checkpoints, rules } = ctx;
  const history: DeclarationHistory = { declarants: [], declarations: [], warnings: [] };
  if (checkpoints.length === 0 || total === 0) return history;
  const now = calendar.now.getTime();
  const takenIds = new Set<string>();
  const gateOf = weightedPicker(checkpoints.map((c) => gateWeight(c.kind, random)));
  const home: number[] = [];
  for (let i = 0; i < Math.max(Math.min(declarantCount, ctx.phones.length), 1); i++) {
    home.push(gateOf(random));
    history.declarants.push(declarant(i, ctx.phones[i]!, ctx.pii, checkpoints[home[i]!]!.gridCode.slice(0, 6), calendar.today, takenIds, random));
  }
  const push = (c: number, p: number, at: number, facts: DeclarationFacts, warningId: string | null) => {
    const hour = new Date(at + 8 * 3_600_000).getUTCHours();
    history.declarations.push({
      id: uuidAt(at, random), c, p, t: at / 1000, m: facts.temperature, s: [...facts.symptoms],
      d: chance(random, hour < 12 ? 0.3 : 0.7) ? 'in' : 'out', k: facts.keyAreaTravel, x: facts.caseContact,
      r: warningId ? 'stop' : 'pass', w: warningId,
    });
    return history.declarations[history.declarations.length - 1]!;
  };

  const weights = calendar.dailyWeights(DAILY_CURVE, RHYTHM, random);
  let recentPastDue = 0;
  let older = 0;
  const warningsByDay = apportion(Math.min(warningCount, total), weights);
  apportion(total, weights).forEach((n, day) => {
    let left = n;
    for (let w = 0; w < warningsByDay[day]! && left > 0; w++) {
      const c = gateOf(random);
      const p = history.declarants.length;
      history.declarants.push(declarant(p, protectPhone(ctx.pii, mobilePhone(random)), ctx.pii, checkpoints[c]!.gridCode.slice(0, 6), calendar.today, takenIds, random));
      const facts = warnedFacts(day / Math.max(calendar.days.length - 1, 1), rules, random);
      const assessment = assessDeclaration(facts, rules);
      const first = calendar.instant(day, random, gateHours).getTime();
      left -= 1;
      if (!assessment.level) {
        push(c, p, first, facts, null);
        continue;
      }
      const id = uuidAt(first, random);
      const times = [first];
      while (left > 0 && times.length < 3 && chance(random, 0.25)) {
        const next = times[times.length - 1]! + Math.round(10 + random() * 110) * MINUTE;
        if (next >= now) break;
        times.push(next);
        left -= 1;
      }
      const stored = times.map((at) => push(c, p, at, facts, id));
      const dueAt = first + rules.overdueHours * 3_600_000;
      const last = times[times.length - 1]!;
      let handling: Handling = 'usual';
      if (now - last < STILL_CHASED_MS) {
        if (dueAt < now && recentPastDue++ % OVERLOOKED_EVERY === 0) handling = 'overlooked';
      } else if (++older % LATE_EVERY === 0) handling = 'late';
      const check = verification(assessment.reasons, last, dueAt, now, handling, random);
      const who = history.declarants[p]!;
      history.warnings.push({
        id, phone_index: who.phone_index, checkpoint_id: checkpoints[c]!.id, grid_code: checkpoints[c]!.gridCode, name: who.name,
        phone_cipher: who.phone_cipher, phone_masked: who.phone_masked, level: assessment.level, reasons: assessment.reasons,
        max_temperature: facts.temperature, declaration_count: times.length, first_declared_at: new Date(first),
        last_declared_at: new Date(times[times.length - 1]!), last_declaration_id: stored[stored.length - 1]!.id,
        due_at: new Date(dueAt), status: check ? 'verified' : 'open',
        verified_at: check ? new Date(check.at) : null, verified_by: check ? ctx.workers[checkpoints[c]!.grid]! : null,
        outcome: check?.outcome ?? null, note: check?.note ?? null, created_at: new Date(first),
      });
    }
    for (let k = 0; k < left; k++) {
      const p = Math.floor(random() * home.length);
      push(home[p]!, p, calendar.instant(day, random, gateHours).getTime(), healthyFacts(rules, random), null);
    }
  });
  history.declarations.sort((a, b) => (a.id < b.id ? -1 : 1));
  return history;
}
