import { isWithinScope } from '../../common/regions/codes.ts';
import type { Actor } from './actor.ts';
import type { AppError } from './errors.ts';

/**
 * The region a list reads: the asked one when it lies inside the caller's scope, the caller's
 * own when none is asked, null when the asked one lies outside: such a list has nothing in it
 * for them (docs/api.md, "Scope"). The store's `inScope` then limits the query to it.
 */
export function listRegion(actor: Actor, asked: string | undefined): string | null {
  const region = asked ?? actor.scope;
  return isWithinScope(region, actor.scope) ? region : null;
}

/** An object read by id: outside the caller's scope it does not exist for them, so its existence is not revealed. */
export function foundInScope<T>(row: T | null | undefined, regionOf: (row: T) => string, actor: Actor, notFound: () => AppError): T {
  if (row === null || row === undefined || !isWithinScope(regionOf(row), actor.scope)) throw notFound();
  return row;
}
