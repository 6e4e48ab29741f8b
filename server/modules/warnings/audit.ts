import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';
import type { WarningRow } from './store.ts';

/** The verifier's note is free text: its length only. The grid is the entry's region. */
const VERIFICATION_FIELDS = { status: 'plain', outcome: 'plain', verifiedAt: 'plain', note: 'text' } as const;

/** Records the verification of a warning; called last in the transaction that stored it. */
export async function auditWarningVerified(tx: Queryable, actor: Actor, before: WarningRow, after: { outcome: string; verifiedAt: Date; note: string | null }): Promise<void> {
  await recordAudit(tx, actor, {
    action: 'warning.verify', targetType: 'warning', targetId: before.id, regionCode: before.grid_code,
    detail: {
      ...recordChange(
        VERIFICATION_FIELDS,
        { status: before.status, outcome: before.outcome, verifiedAt: before.verified_at, note: before.note },
        { status: 'verified', ...after },
      ),
    },
  });
}
