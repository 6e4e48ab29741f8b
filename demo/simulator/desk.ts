import type { VerificationOutcome } from '../../common/declarations/vocabulary.ts';
import { addDays, chinaDate } from '../../common/time.ts';
import { changeCaseStatus } from '../../server/modules/cases/changes.ts';
import { createCase } from '../../server/modules/cases/service.ts';
import { verifyWarning } from '../../server/modules/warnings/service.ts';
import { healthyFacts } from '../history/declarations.ts';
import { mobilePhone } from '../history/identities.ts';
import { chance, pick, weightedCode } from '../history/random.ts';
import { warnedFacts } from '../history/warning-episodes.ts';
import { newId, SIMULATED, simulatedName, simulatedResident, type SimContext } from './context.ts';

/** Residents at the gates, and the follow-up at a desk: declarations, warning checks, the case register. */

const OUTCOME = weightedCode<VerificationOutcome>({ normal: 60, fever_clinic: 15, home_isolation: 15, false_report: 10 });
const MINUTE = 60_000;
/** A warning is checked on after a while, never the very minute it is raised. */
const VERIFY_AFTER = 10 * MINUTE;
const VERIFY_WITHIN = 3 * 60 * MINUTE;
/** Share of simulated declarations that raise a warning. */
const WARNED_SHARE = 0.05;

/** A scan of a real checkpoint's code, through the public intake (group commit, warnings, counters, live). */
export async function declare({ services, cast, random, now }: SimContext): Promise<void> {
  if (cast.checkpoints.length === 0) return;
  const gate = pick(random, cast.checkpoints);
  const rules = services.warningRules.current;
  const facts = chance(random, WARNED_SHARE) ? warnedFacts(1, rules, random) : healthyFacts(rules, random);
  const hour = new Date(now.getTime() + 8 * 3_600_000).getUTCHours();
  await services.declarations.declare({
    token: gate.token, id: newId(), name: simulatedName(random), phone: mobilePhone(random),
    direction: chance(random, hour < 12 ? 0.3 : 0.7) ? 'in' : 'out',
    temperature: facts.temperature, symptoms: [...facts.symptoms], keyAreaTravel: facts.keyAreaTravel, caseContact: facts.caseContact,
  }, now);
}

/** The grid's worker (or, without one, the health office) checks on the oldest recent open warning. */
export async function verifyOpenWarning({ services, cast, random, now }: SimContext): Promise<void> {
  const warning = await services.database.db.selectFrom('warnings').select(['id', 'grid_code']).where('status', '=', 'open')
    .where('first_declared_at', '<=', new Date(now.getTime() - VERIFY_AFTER))
    .where('first_declared_at', '>=', new Date(now.getTime() - VERIFY_WITHIN))
    .orderBy('first_declared_at').limit(1).executeTakeFirst();
  if (!warning) return;
  const actor = cast.workers.get(warning.grid_code) ?? cast.registrarFor(warning.grid_code);
  if (!actor) return;
  await verifyWarning(services, actor, warning.id, { outcome: OUTCOME(random), note: `${SIMULATED}上门核实` }, now);
}

/**
 * The register moves on: a suspect is confirmed or excluded, a patient confirmed ten days ago
 * recovers; when nobody is waiting, a new suspect is reported.
 */
export async function moveCase({ services, cast, random, now }: SimContext): Promise<void> {
  const today = chinaDate(now);
  const waiting = await services.database.db.selectFrom('cases').select(['id', 'grid_code', 'status']).where((eb) => eb.or([
    eb.and([eb('status', '=', 'suspected'), eb('status_on', '<', today)]),
    eb.and([eb('status', '=', 'confirmed'), eb('status_on', '<=', addDays(today, -10))]),
  ])).orderBy('status_on').limit(1).executeTakeFirst();
  if (waiting) {
    const registrar = cast.registrarFor(waiting.grid_code);
    if (!registrar) return;
    const toStatus = waiting.status === 'confirmed' ? 'cured' : chance(random, 0.3) ? 'confirmed' : 'excluded';
    await changeCaseStatus(services, registrar, waiting.id, {
      id: newId(), toStatus, fromStatus: waiting.status as 'suspected' | 'confirmed', changedOn: today, source: `${SIMULATED}核酸检测结果`, note: `${SIMULATED}模拟数据`,
    }, now);
    return;
  }
  const gridCode = pick(random, cast.gridsWithWorker);
  const registrar = cast.registrarFor(gridCode);
  if (!registrar) return;
  await createCase(services, registrar, {
    id: newId(), person: { ...simulatedResident(random, gridCode, today), gridCode }, status: 'suspected', statusOn: today, source: `${SIMULATED}发热门诊报告`, note: `${SIMULATED}模拟数据`,
  }, now);
}
