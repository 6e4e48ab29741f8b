import crypto from 'node:crypto';
import type { CheckpointCreate, CheckpointUpdate, CheckpointView } from '../../../common/contracts/declarations.ts';
import type { CheckpointKind } from '../../../common/declarations/vocabulary.ts';
import { checkName } from '../../../common/field/rules.ts';
import { isWithinScope, LEVEL_CODE_LENGTH } from '../../../common/regions/codes.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { Queryable } from '../../db/database.ts';
import { CHANNELS, notify, PROCESS_ID } from '../../db/notify.ts';
import type { Actor } from '../../http/context.ts';
import { toPage, type PageAsk } from '../../lists/page.ts';
import { AppError } from '../../http/errors.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import type { AppServices } from '../../services.ts';
import { resolvePlace } from '../field/grid-resolution.ts';
import { auditCheckpointChanged, auditCheckpointCreated } from './audit.ts';
import { findCheckpoint, insertCheckpoints, listCheckpoints, retireToken, updateCheckpoint, type CheckpointRow } from './store.ts';

/** 144 random bits, URL-safe: the poster's QR code carries it, so it must not be guessable. */
export function newCheckpointToken(): string {
  return crypto.randomBytes(18).toString('base64url');
}

export function declarationUrl(publicBase: string, token: string): string {
  return `${publicBase.replace(/\/$/, '')}/d/${token}`;
}

export function toCheckpointView(row: CheckpointRow, publicBase: string): CheckpointView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as CheckpointKind,
    community: { code: row.community_code, name: row.community_name },
    grid: { code: row.grid_code, name: row.grid_name },
    lon: row.lon,
    lat: row.lat,
    active: row.active,
    token: row.token,
    tokenIssuedAt: row.token_issued_at.toISOString(),
    url: declarationUrl(publicBase, row.token),
  };
}

async function checkpointInScope(db: Queryable, actor: Actor, id: string): Promise<CheckpointRow> {
  const row = await findCheckpoint(db, id);
  if (!row || !isWithinScope(row.community_code, actor.scope)) throw new AppError('CHECKPOINT_NOT_FOUND');
  return row;
}

/** Other processes reload their token caches when this commits. */
async function announceCheckpointChange(tx: Queryable): Promise<void> {
  await notify(tx, CHANNELS.checkpointsChanged, PROCESS_ID);
}

const CHECKPOINT_NAME_MAX = 60;

function checkCheckpointName(name: string | undefined): void {
  const errors: Record<string, string> = {};
  if (name !== undefined) checkName(errors, 'name', name, CHECKPOINT_NAME_MAX, true);
  assertNoFieldErrors(errors);
}

export async function createCheckpoint(services: AppServices, actor: Actor, input: CheckpointCreate, publicBase: string, now = new Date()): Promise<CheckpointView> {
  checkCheckpointName(input.name);
  const id = crypto.randomUUID();
  await services.database.transaction(async (tx) => {
    const place = await resolvePlace(tx, services.locator, actor, { location: input.location });
    await insertCheckpoints(tx, [{
      id, community_code: place.gridCode.slice(0, LEVEL_CODE_LENGTH[4]), grid_code: place.gridCode, name: trimText(input.name), kind: input.kind,
      lon: place.lon!, lat: place.lat!, token: newCheckpointToken(), token_issued_at: now, created_by: actor.id,
    }]);
    await announceCheckpointChange(tx);
    await auditCheckpointCreated(tx, actor, (await findCheckpoint(tx, id))!);
  });
  await services.checkpointTokens.reload();
  return toCheckpointView((await findCheckpoint(services.database.db, id))!, publicBase);
}

export async function changeCheckpoint(services: AppServices, actor: Actor, id: string, input: CheckpointUpdate, publicBase: string): Promise<CheckpointView> {
  checkCheckpointName(input.name);
  await services.database.transaction(async (tx) => {
    const before = await checkpointInScope(tx, actor, id);
    const place = input.location ? await resolvePlace(tx, services.locator, actor, { location: input.location }) : null;
    await updateCheckpoint(tx, id, {
      ...(input.name !== undefined ? { name: trimText(input.name) } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(place ? { lon: place.lon!, lat: place.lat!, grid_code: place.gridCode } : {}),
    });
    await announceCheckpointChange(tx);
    await auditCheckpointChanged(tx, actor, 'checkpoint.update', before, (await findCheckpoint(tx, id))!);
  });
  await services.checkpointTokens.reload();
  return toCheckpointView((await findCheckpoint(services.database.db, id))!, publicBase);
}

/** A new token for a lost or leaked poster: the old poster stops working, with a clear message. */
export async function rotateCheckpointToken(services: AppServices, actor: Actor, id: string, publicBase: string, now = new Date()): Promise<CheckpointView> {
  await services.database.transaction(async (tx) => {
    const row = await checkpointInScope(tx, actor, id);
    await retireToken(tx, row.token, row.id, now);
    await updateCheckpoint(tx, id, { token: newCheckpointToken(), token_issued_at: now });
    await announceCheckpointChange(tx);
    await auditCheckpointChanged(tx, actor, 'checkpoint.rotate_token', row, (await findCheckpoint(tx, id))!);
  });
  await services.checkpointTokens.reload();
  return toCheckpointView((await findCheckpoint(services.database.db, id))!, publicBase);
}

export async function checkpointsInScope({ database }: AppServices, actor: Actor, q: { region?: string; active?: boolean } & PageAsk, publicBase: string) {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0 };
  return toPage(await listCheckpoints(database.db, region, q, q.active), (r) => toCheckpointView(r, publicBase));
}

export async function checkpointForPoster({ database }: AppServices, actor: Actor, id: string, publicBase: string): Promise<CheckpointView> {
  return toCheckpointView(await checkpointInScope(database.db, actor, id), publicBase);
}
