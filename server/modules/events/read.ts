import type { EventView } from '../../../common/contracts/field.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { findEvent, photosOf, type EventRow } from './store.ts';
import { isAssignee, toEventView } from './view.ts';

/** An event the actor may see: inside their region, reported by them, or dispatched to them or their department. */
export async function eventVisibleTo(db: Queryable, actor: Actor, id: string): Promise<EventRow> {
  const row = await findEvent(db, id);
  if (!row || (!isWithinScope(row.grid_code, actor.scope) && row.reported_by !== actor.id && !isAssignee(actor, row))) throw new AppError('EVENT_NOT_FOUND');
  return row;
}

export async function viewFor({ database }: AppServices, actor: Actor, id: string, now = new Date()): Promise<EventView> {
  const row = await eventVisibleTo(database.db, actor, id);
  return toEventView(row, (await photosOf(database.db, [id])).get(id) ?? [], actor, now);
}
