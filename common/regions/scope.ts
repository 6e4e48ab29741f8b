import { canonicalRegionCode, isRegionCode, isWithinScope } from './codes.ts';

/**
 * One region lies inside the other, either way round: a change in a grid concerns whoever
 * views its street, and a change announced for a whole street concerns a viewer of one grid.
 */
export function regionsOverlap(a: string, b: string): boolean {
  return isWithinScope(a, b) || isWithinScope(b, a);
}

/** The asked region in its canonical form when it is a region code inside `scope`; null when none is asked or it lies outside. */
export function askedRegionWithin(asked: string | null | undefined, scope: string): string | null {
  if (!asked) return null;
  const code = canonicalRegionCode(asked);
  return isRegionCode(code) && isWithinScope(code, scope) ? code : null;
}
