import type { Selectable } from 'kysely';
import type { CaseView } from '../../../common/contracts/cases.ts';
import type { Queryable } from '../../db/database.ts';
import type { CasesTable } from '../../db/schema.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';

/** Where the news came from and the note are free text: lengths only. The grid is the entry's region. */
const CASE_FIELDS = { personId: 'plain', status: 'plain', statusOn: 'plain', source: 'text', note: 'text' } as const;

/** Records a case entered in the register; called last in the transaction that stored it. */
export async function auditCaseEntered(tx: Queryable, actor: Actor, c: CaseView): Promise<void> {
  await recordAudit(tx, actor, {
    action: 'case.create', targetType: 'case', targetId: c.id, regionCode: c.grid.code,
    detail: { ...recordChange(CASE_FIELDS, null, { personId: c.personId, status: c.status, statusOn: c.statusOn, source: c.source, note: c.note }) },
  });
}

/** Records a change of a case's status, from the case as it was to the case as it is; called last. */
export async function auditCaseChanged(tx: Queryable, actor: Actor, before: Selectable<CasesTable>, after: CaseView): Promise<void> {
  const fields = (c: { status: string; statusOn: string; source: string; note: string | null }) => ({ status: c.status, statusOn: c.statusOn, source: c.source, note: c.note });
  await recordAudit(tx, actor, {
    action: 'case.change', targetType: 'case', targetId: after.id, regionCode: after.grid.code,
    detail: { ...recordChange(CASE_FIELDS, fields({ ...before, statusOn: before.status_on }), fields(after)) },
  });
}
