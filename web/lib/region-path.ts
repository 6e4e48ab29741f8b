import { isWithinScope } from '../../common/regions/codes.ts';

export interface RegionCrumb {
  code: string;
  name: string;
  level: number;
  /** Inside the user's scope, so it may be opened; ancestors above the scope are context only. */
  navigable: boolean;
  current: boolean;
}

/** Breadcrumb entries for a region's chain (city first) as seen by a user bound to `scope`. */
export function regionCrumbs(chain: readonly { code: string; name: string; level: number }[], scope: string): RegionCrumb[] {
  return chain.map((region, index) => ({
    ...region,
    navigable: isWithinScope(region.code, scope),
    current: index === chain.length - 1,
  }));
}

/** Codes from the scope's root down to `code`'s parent: the tree nodes to open to reveal `code`. */
export function ancestorsWithin(code: string, scope: string, chain: readonly { code: string }[]): string[] {
  return chain.map((r) => r.code).filter((c) => c !== code && isWithinScope(c, scope));
}
