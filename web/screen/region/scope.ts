import { isWithinScope, parentCodeOf } from '../../../common/regions/codes.ts';

/** One level up, never above the user's own region (null at the top). */
export function regionAbove(code: string, scope: string): string | null {
  const parent = code === scope ? null : parentCodeOf(code);
  return parent && isWithinScope(parent, scope) ? parent : null;
}
