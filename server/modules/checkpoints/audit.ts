import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange, regionHolding } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';
import type { CheckpointRow } from './store.ts';

/**
 * A checkpoint is a public place with a poster: its name and position are not personal data.
 * Its token is never recorded (whoever reads it could declare there): a rotation records when
 * the new one was issued.
 */
const CHECKPOINT_FIELDS = { name: 'plain', kind: 'plain', active: 'plain', gridCode: 'plain', lon: 'plain', lat: 'plain', tokenIssuedAt: 'plain' } as const;

const fields = (c: CheckpointRow) => ({ name: c.name, kind: c.kind, active: c.active, gridCode: c.grid_code, lon: c.lon, lat: c.lat, tokenIssuedAt: c.token_issued_at });

export async function auditCheckpointCreated(tx: Queryable, actor: Actor, checkpoint: CheckpointRow): Promise<void> {
  await recordAudit(tx, actor, {
    action: 'checkpoint.create', targetType: 'checkpoint', targetId: checkpoint.id, regionCode: checkpoint.grid_code,
    detail: { ...recordChange(CHECKPOINT_FIELDS, null, fields(checkpoint)) },
  });
}

/**
 * Records a change (rename, move, kind, opening or closing: `checkpoint.update`) or a new token
 * (`checkpoint.rotate_token`). A move is filed under the region holding both places. Nothing
 * changed, nothing recorded.
 */
export async function auditCheckpointChanged(tx: Queryable, actor: Actor, action: 'checkpoint.update' | 'checkpoint.rotate_token', before: CheckpointRow, after: CheckpointRow): Promise<void> {
  const change = recordChange(CHECKPOINT_FIELDS, fields(before), fields(after));
  if (!change) return;
  await recordAudit(tx, actor, {
    action, targetType: 'checkpoint', targetId: after.id, regionCode: regionHolding(before.grid_code, after.grid_code), detail: { ...change },
  });
}
