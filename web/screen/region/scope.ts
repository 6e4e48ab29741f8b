import { canonicalRegionCode, isRegionCode, isWithinScope, parentCodeOf } from '../../../common/regions/codes.ts';

/** The region the address asks for (`?region=`) if the user may see it; their own otherwise. */
export function regionInScope(asked: string | null, scope: string): string {
  if (!asked) return scope;
  const code = canonicalRegionCode(asked);
  return isRegionCode(code) && isWithinScope(code, scope) ? code : scope;
}

/** One level up, never above the user's own region (null at the top). */
export function regionAbove(code: string, scope: string): string | null {
  const parent = code === scope ? null : parentCodeOf(code);
  return parent && isWithinScope(parent, scope) ? parent : null;
}
