import type { CaseChange, CaseDetail } from '../../../common/contracts/cases.ts';
import { checkCaseChange } from '../../../common/cases/rules.ts';
import type { CaseStatus } from '../../../common/cases/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { announceChange } from '../../db/changes.ts';
import { foundInScope } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { bumpCounters } from '../../core/counters.ts';
import type { CreateOutcome } from '../../core/create-once.ts';
import { auditCaseChanged } from './audit.ts';
import { caseDetailOf } from './service.ts';
import { findCase, findChange, insertChange, lockCase, setCaseStatus } from './store.ts';

/**
 * Moves a case to its next status. The case row is locked first, so changes of one case apply
 * one after another and each is checked against the status it really follows. A retried change
 * id answers the case as it now is. The counters move the case out of its old status and into
 * the new one on the day of the change.
 */
export async function changeCaseStatus({ database }: AppServices, actor: Actor, caseId: string, change: CaseChange, now = new Date()): Promise<CreateOutcome<CaseDetail>> {
  return database.transaction(async (tx) => {
    const current = foundInScope(await lockCase(tx, caseId), (c) => c.grid_code, actor, () => new AppError('CASE_NOT_FOUND'));
    const answer = async () => caseDetailOf(tx, (await findCase(tx, caseId))!);

    const retried = await findChange(tx, change.id);
    if (retried) {
      if (retried.case_id !== caseId || retried.changed_by !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
      return { created: false, value: await answer() };
    }
    const from = current.status as CaseStatus;
    if (change.fromStatus && change.fromStatus !== from) throw new AppError('CONFLICT', `the case is ${from} now, not ${change.fromStatus}`, undefined, { currentStatus: from });
    assertNoFieldErrors(checkCaseChange(change, { status: from, statusOn: current.status_on }, now));

    const source = change.source.trim();
    const note = change.note?.trim() || null;
    // Taken meanwhile by a change of another case (that case's lock is not ours).
    if (!(await insertChange(tx, { id: change.id, case_id: caseId, from_status: from, to_status: change.toStatus, changed_on: change.changedOn, source, note, changed_by: actor.id, changed_at: now }))) {
      throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
    }
    await setCaseStatus(tx, caseId, { status: change.toStatus, status_on: change.changedOn, source, note, updated_at: now });
    await bumpCounters(tx, [
      { day: change.changedOn, gridCode: current.grid_code, metric: METRICS.caseExits, key: from },
      { day: change.changedOn, gridCode: current.grid_code, metric: METRICS.caseEntries, key: change.toStatus },
    ]);
    await announceChange(tx, ['cases'], [current.grid_code]);
    const value = await answer();
    await auditCaseChanged(tx, actor, current, value.case);
    return { created: true, value };
  });
}
