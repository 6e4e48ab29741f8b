import type { WarningPage, WarningQuery, WarningVerify, WarningView } from '../../../common/contracts/declarations.ts';
import type { VerificationOutcome, WarningLevel, WarningReasonCode } from '../../../common/declarations/vocabulary.ts';
import { maskName } from '../../../common/identity/mask.ts';
import { METRICS } from '../../../common/metrics.ts';
import { GRID_LEVEL, isWithinScope, levelOfCode } from '../../../common/regions/codes.ts';
import { addDays, chinaDate, chinaDayStart } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit } from '../audit/service.ts';
import { bumpCounters, recordWorkerActivity } from '../field/counters.ts';
import { checkPastInstant, checkText, TEXT_LIMITS, type FieldErrors } from '../../../common/field/rules.ts';
import { trimText } from '../../../common/text/rules.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import { auditWarningVerified } from './audit.ts';
import { findWarning, listWarnings, markVerified, type WarningRow } from './store.ts';

/** Grid workers see the name of whom they must go and see; everyone else a masked name. */
export function toWarningView(row: WarningRow, actor: Actor, now: Date): WarningView {
  const status = row.status === 'verified' ? 'verified' : row.due_at < now ? 'overdue' : 'open';
  return {
    id: row.id,
    level: row.level as WarningLevel,
    reasons: row.reasons as WarningReasonCode[],
    name: actor.role === 'grid_worker' ? row.name : maskName(row.name),
    phoneMasked: row.phone_masked,
    maxTemperature: Number(row.max_temperature),
    declarationCount: row.declaration_count,
    firstDeclaredAt: row.first_declared_at.toISOString(),
    lastDeclaredAt: row.last_declared_at.toISOString(),
    checkpoint: { id: row.checkpoint_id, name: row.checkpoint_name },
    grid: { code: row.grid_code, name: row.grid_name },
    status,
    dueAt: row.due_at.toISOString(),
    verifiedAt: row.verified_at?.toISOString() ?? null,
    verifiedBy: row.verifier_name,
    minutesToVerify: row.verified_at ? Math.round((row.verified_at.getTime() - row.first_declared_at.getTime()) / 60_000) : null,
    outcome: row.outcome as VerificationOutcome | null,
    note: row.note,
  };
}

async function warningInScope(db: Queryable, actor: Actor, id: string): Promise<WarningRow> {
  const row = await findWarning(db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) throw new AppError('WARNING_NOT_FOUND');
  return row;
}

export async function warningsInScope({ database }: AppServices, actor: Actor, q: WarningQuery, now = new Date()): Promise<WarningPage> {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0, counts: { open: 0, overdue: 0, verified: 0 } };
  const { rows, counts, nextCursor } = await listWarnings(database.db, {
    scope: region, status: q.status, level: q.level, now,
    from: q.from ? chinaDayStart(q.from) : undefined, to: q.to ? chinaDayStart(addDays(q.to, 1)) : undefined,
  }, q);
  const total = q.status ? counts[q.status] : counts.open + counts.overdue + counts.verified;
  return { items: rows.map((r) => toWarningView(r, actor, now)), total, counts, ...(nextCursor ? { nextCursor } : {}) };
}

export async function warningDetail({ database }: AppServices, actor: Actor, id: string, now = new Date()): Promise<WarningView> {
  return toWarningView(await warningInScope(database.db, actor, id), actor, now);
}

/**
 * The outcome of checking on the person in person; time to verification is kept. A phone that
 * verified offline sends when it did; resending its own verification (a lost answer) is
 * answered as done, not as a conflict.
 */
export async function verifyWarning({ database }: AppServices, actor: Actor, id: string, input: WarningVerify, now = new Date()): Promise<WarningView> {
  await database.transaction(async (tx) => {
    const row = await warningInScope(tx, actor, id);
    const at = input.verifiedAt ? new Date(input.verifiedAt) : now;
    const errors: FieldErrors = {};
    checkPastInstant(errors, 'verifiedAt', at.toISOString(), now);
    checkText(errors, 'note', input.note, TEXT_LIMITS.note, false);
    if (!errors.verifiedAt && at < row.first_declared_at) errors.verifiedAt = 'DATE_ORDER';
    assertNoFieldErrors(errors);
    if (row.status === 'verified' && row.verified_by === actor.id && row.outcome === input.outcome) return;
    const note = input.note ? trimText(input.note) || null : null;
    if (!(await markVerified(tx, id, { by: actor.id, at, outcome: input.outcome, note }))) {
      throw new AppError('ALREADY_VERIFIED', undefined, undefined, { warning: toWarningView(row, actor, now) });
    }
    await bumpCounters(tx, [{ day: chinaDate(at), gridCode: row.grid_code, metric: METRICS.warningsVerified, key: input.outcome }]);
    if (levelOfCode(actor.scope) === GRID_LEVEL) await recordWorkerActivity(tx, { workerId: actor.id, gridCode: actor.scope, at });
    await auditWarningVerified(tx, actor, row, { outcome: input.outcome, verifiedAt: at, note });
  });
  return warningDetail({ database } as AppServices, actor, id, now);
}

/** The phone number, to call the person before visiting; audited like any reveal. */
export async function warningContact({ database, pii }: AppServices, actor: Actor, id: string, requestId: string): Promise<{ phone: string }> {
  return database.transaction(async (tx) => {
    const row = await warningInScope(tx, actor, id);
    await recordAudit(tx, actor, { action: 'pii.reveal', targetType: 'warning', targetId: id, regionCode: row.grid_code, detail: { fields: ['phone'], reason: 'warning verification', requestId } });
    return { phone: pii.decrypt(row.phone_cipher) };
  });
}
