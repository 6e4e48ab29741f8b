import { askedRegionWithin } from '../../common/regions/scope.ts';

/** The region a page shows: the one its address asks for (`?region=`) if the user may see it, their own otherwise. */
export function viewedRegion(asked: string | null | undefined, scope: string): string {
  return askedRegionWithin(asked, scope) ?? scope;
}
