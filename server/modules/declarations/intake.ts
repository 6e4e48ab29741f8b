import crypto from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { DeclarationAnswer } from '../../../common/contracts/declarations.ts';
import { WARNING_LEVEL, type Symptom, type WarningLevel, type WarningReasonCode } from '../../../common/declarations/vocabulary.ts';
import { higherLevel, type WarningRules } from '../../../common/declarations/warning-rules.ts';
import { METRICS } from '../../../common/metrics.ts';
import { rolesWith } from '../../../common/permissions.ts';
import { chinaDate } from '../../../common/time.ts';
import { announceChange } from '../../db/changes.ts';
import type { Database, Queryable } from '../../db/database.ts';
import type { DeclarationsTable } from '../../db/schema.ts';
import { bumpCounters, type CounterBump } from '../../core/counters.ts';
import { notifyRows } from '../notifications/store.ts';
import type { OutboundRouting } from '../outbound/routing.ts';
import { addToWarning, insertDeclarations, openWarningsSince, storedAnswers } from './store.ts';

/** A declaration checked, assessed and encrypted, waiting for its batch. */
export interface PreparedDeclaration {
  id: string;
  checkpointId: string;
  checkpointName: string;
  gridCode: string;
  declaredAt: Date;
  name: string;
  phoneCipher: string;
  phoneIndex: string;
  phoneMasked: string;
  idNumberCipher: string | null;
  idNumberMasked: string | null;
  direction: string;
  temperature: number;
  symptoms: Symptom[];
  keyAreaTravel: boolean;
  caseContact: boolean;
  level: WarningLevel | null;
  reasons: WarningReasonCode[];
}

interface NewWarning {
  id: string;
  first: PreparedDeclaration;
  last: PreparedDeclaration;
  level: WarningLevel;
  reasons: Set<WarningReasonCode>;
  count: number;
  maxTemperature: number;
}

function row(d: PreparedDeclaration, warningId: string | null): Insertable<DeclarationsTable> {
  return {
    id: d.id, checkpoint_id: d.checkpointId, grid_code: d.gridCode, declared_at: d.declaredAt, name: d.name,
    phone_cipher: d.phoneCipher, phone_index: d.phoneIndex, phone_masked: d.phoneMasked,
    id_number_cipher: d.idNumberCipher, id_number_masked: d.idNumberMasked, direction: d.direction,
    temperature: d.temperature, symptoms: d.symptoms, key_area_travel: d.keyAreaTravel, case_contact: d.caseContact,
    result: d.level ? 'stop' : 'pass', warning_id: warningId,
  };
}

function counterBumps(stored: PreparedDeclaration[], raised: NewWarning[], rules: WarningRules): CounterBump[] {
  const bumps: CounterBump[] = [];
  for (const d of stored) {
    const day = chinaDate(d.declaredAt);
    bumps.push({ day, gridCode: d.gridCode, metric: METRICS.declarations, key: d.direction });
    bumps.push({ day, gridCode: d.gridCode, metric: METRICS.declarationResults, key: d.level ? 'stop' : 'pass' });
    for (const s of d.symptoms) bumps.push({ day, gridCode: d.gridCode, metric: METRICS.symptoms, key: s });
    if (d.temperature >= rules.feverThreshold) bumps.push({ day, gridCode: d.gridCode, metric: METRICS.feverTemperatures });
  }
  for (const w of raised) bumps.push({ day: chinaDate(w.first.declaredAt), gridCode: w.first.gridCode, metric: METRICS.warningsRaised, key: w.level });
  return bumps;
}

/**
 * Stores one batch in one transaction and answers each declaration: pass or stop, the
 * checkpoint's name and the time. A declaration of a phone with an open, recent warning adds
 * to that warning instead of raising another. Retried ids get their first answer again.
 */
export async function commitDeclarations(database: Database, rules: WarningRules, outbound: OutboundRouting, batch: PreparedDeclaration[], now = new Date()): Promise<DeclarationAnswer[]> {
  // The same id twice in one batch (a retry that overtook its original): store it once.
  const firstOfId = new Map<string, PreparedDeclaration>();
  for (const d of batch) if (!firstOfId.has(d.id)) firstOfId.set(d.id, d);
  const unique = [...firstOfId.values()];

  const answers = await database.transaction(async (tx) => {
    const warned = unique.filter((d) => d.level !== null);
    const since = new Date(now.getTime() - rules.redeclareWindowHours * 3_600_000);
    const open = new Map<string, { id: string; level: WarningLevel }>();
    for (const w of await openWarningsSince(tx, [...new Set(warned.map((d) => d.phoneIndex))], since)) {
      if (!open.has(w.phone_index)) open.set(w.phone_index, { id: w.id, level: w.level as WarningLevel });
    }
    const created = new Map<string, NewWarning>();
    const warningOf = new Map<string, string>();
    for (const d of warned) {
      const existing = open.get(d.phoneIndex);
      if (existing) {
        warningOf.set(d.id, existing.id);
        continue;
      }
      const w = created.get(d.phoneIndex);
      if (w) {
        w.last = d;
        w.count += 1;
        w.level = higherLevel(w.level, d.level!);
        d.reasons.forEach((r) => w.reasons.add(r));
        w.maxTemperature = Math.max(w.maxTemperature, d.temperature);
      } else {
        created.set(d.phoneIndex, { id: crypto.randomUUID(), first: d, last: d, level: d.level!, reasons: new Set(d.reasons), count: 1, maxTemperature: d.temperature });
      }
      warningOf.set(d.id, created.get(d.phoneIndex)!.id);
    }

    const storedIds = await insertDeclarations(tx, unique.map((d) => row(d, warningOf.get(d.id) ?? null)));
    const stored = unique.filter((d) => storedIds.has(d.id));
    // Only declarations stored now may touch warnings: a retry must not count twice.
    const raised = [...created.values()].filter((w) => storedIds.has(w.first.id));
    await insertWarnings(tx, raised, rules);
    await tellGridWorkers(tx, raised, outbound);
    const redeclared = stored.filter((d) => d.level !== null && open.has(d.phoneIndex));
    await updateOpenWarnings(tx, redeclared, open);
    // An updated warning bumps no counter, so bumpCounters does not announce it.
    if (redeclared.length > 0) await announceChange(tx, ['warnings'], redeclared.map((d) => d.gridCode));
    await bumpCounters(tx, counterBumps(stored, raised, rules));

    const previous = new Map((await storedAnswers(tx, unique.filter((d) => !storedIds.has(d.id)).map((d) => d.id)))
      .map((r) => [r.id, { result: r.result as 'pass' | 'stop', checkpointName: r.checkpoint_name, at: r.declared_at.toISOString() }]));
    return new Map(unique.map((d) => [d.id, previous.get(d.id) ?? { result: d.level ? 'stop' as const : 'pass' as const, checkpointName: d.checkpointName, at: d.declaredAt.toISOString() }]));
  });
  return batch.map((d) => answers.get(d.id)!);
}

async function insertWarnings(tx: Queryable, raised: NewWarning[], rules: WarningRules): Promise<void> {
  if (raised.length === 0) return;
  await tx.insertInto('warnings').values(raised.map((w) => ({
    id: w.id, phone_index: w.first.phoneIndex, checkpoint_id: w.first.checkpointId, grid_code: w.first.gridCode,
    name: w.first.name, phone_cipher: w.first.phoneCipher, phone_masked: w.first.phoneMasked, level: w.level,
    reasons: [...w.reasons], max_temperature: w.maxTemperature, declaration_count: w.count,
    first_declared_at: w.first.declaredAt, last_declared_at: w.last.declaredAt, last_declaration_id: w.last.id,
    due_at: new Date(w.first.declaredAt.getTime() + rules.overdueHours * 3_600_000),
  }))).execute();
}

/**
 * Each new warning goes to its grid's workers to verify, in one statement for the batch. The
 * title names the level and the checkpoint, never the resident.
 */
async function tellGridWorkers(tx: Queryable, raised: NewWarning[], outbound: OutboundRouting): Promise<void> {
  if (raised.length === 0) return;
  const warnings = raised.map((w) => sql`(${w.id}::uuid, ${w.first.gridCode}, ${`【预警】${WARNING_LEVEL.labels[w.level].zh} · ${w.first.checkpointName}`}, ${w.level === 'high' ? 'urgent' : 'normal'}, ${w.first.declaredAt}::timestamptz)`);
  await notifyRows(tx, sql`SELECT u.id, 'warning_assigned', w.title, w.priority, w.id, w.at
    FROM (VALUES ${sql.join(warnings)}) AS w(id, grid, title, priority, at)
    JOIN users u ON u.region_code = w.grid AND NOT u.disabled AND u.role IN (${sql.join(rolesWith('instructions.grid'))})`, outbound);
}

async function updateOpenWarnings(tx: Queryable, declarations: PreparedDeclaration[], open: Map<string, { id: string; level: WarningLevel }>): Promise<void> {
  const byWarning = new Map<string, PreparedDeclaration[]>();
  for (const d of declarations) {
    const id = open.get(d.phoneIndex)!.id;
    byWarning.set(id, [...(byWarning.get(id) ?? []), d]);
  }
  for (const [id, list] of byWarning) {
    const last = list.reduce((a, b) => (b.declaredAt >= a.declaredAt ? b : a));
    const level = list.reduce<WarningLevel>((l, d) => higherLevel(l, d.level!), [...open.values()].find((w) => w.id === id)!.level);
    await addToWarning(tx, {
      id, level, reasons: [...new Set(list.flatMap((d) => d.reasons))], count: list.length,
      maxTemperature: Math.max(...list.map((d) => d.temperature)), lastDeclaredAt: last.declaredAt, lastDeclarationId: last.id,
    });
  }
}
