import type { Location } from '../../../common/contracts/field.ts';
import { GRID_LEVEL, isWithinScope, levelOfCode } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import type { GridLocator } from '../../geo/grid-locator.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { findRegion } from './store.ts';

export interface ResolvedPlace {
  gridCode: string;
  lon: number | null;
  lat: number | null;
  /** The location's own grid lies outside the actor's region (only events accept that). */
  outsideScope: boolean;
}

async function gridInScope(db: Queryable, actor: Actor, gridCode: string, field: string): Promise<string> {
  if (levelOfCode(gridCode) !== GRID_LEVEL || !(await findRegion(db, gridCode))) {
    throw new AppError('VALIDATION_FAILED', undefined, { [field]: 'GRID_NOT_FOUND' });
  }
  if (!isWithinScope(gridCode, actor.scope)) throw new AppError('OUT_OF_SCOPE', `grid ${gridCode} is outside your jurisdiction`, { [field]: 'OUT_OF_SCOPE' });
  return gridCode;
}

/**
 * Which grid a new record belongs to. A location is converted to WGS-84 and placed by
 * point-in-polygon; a point outside every grid (outside the city) is refused. An explicit
 * grid code inside the actor's region wins over the location, because a phone's GPS near a
 * grid's edge is often a few dozen metres off.
 */
export async function resolvePlace(
  db: Queryable,
  locator: GridLocator,
  actor: Actor,
  input: { location?: Location; gridCode?: string },
  options: { allowOutsideScope?: boolean } = {},
): Promise<ResolvedPlace> {
  const located = input.location ? locator.locate(input.location.lon, input.location.lat, input.location.crs) : null;
  if (located && located.gridCode === null) throw new AppError('VALIDATION_FAILED', undefined, { location: 'OUTSIDE_ALL_GRIDS' });
  if (input.gridCode) {
    const gridCode = await gridInScope(db, actor, input.gridCode, 'gridCode');
    return { gridCode, lon: located?.lon ?? null, lat: located?.lat ?? null, outsideScope: false };
  }
  if (located?.gridCode) {
    const outsideScope = !isWithinScope(located.gridCode, actor.scope);
    if (outsideScope && !options.allowOutsideScope) {
      throw new AppError('OUT_OF_SCOPE', `the location lies in grid ${located.gridCode}, outside your jurisdiction`, { location: 'OUT_OF_SCOPE' });
    }
    return { gridCode: located.gridCode, lon: located.lon, lat: located.lat, outsideScope };
  }
  // No place given: a grid worker's own grid is the only sensible default.
  if (levelOfCode(actor.scope) === GRID_LEVEL) return { gridCode: actor.scope, lon: null, lat: null, outsideScope: false };
  throw new AppError('VALIDATION_FAILED', undefined, { location: 'REQUIRED', gridCode: 'REQUIRED' });
}
