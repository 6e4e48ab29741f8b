import { codeChain } from '../../../common/regions/codes.ts';
import type { Queryable } from '../../db/database.ts';
import { findRegions } from '../regions/store.ts';

/** The region and its ancestors, city first. */
export async function regionPathOf(db: Queryable, code: string): Promise<{ code: string; name: string; level: number }[]> {
  const regions = await findRegions(db, codeChain(code));
  return regions.map((r) => ({ code: r.code, name: r.name, level: r.level }));
}
