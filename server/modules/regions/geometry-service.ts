import type { Kysely } from 'kysely';
import type { RegionFeature, RegionFeatureCollection } from '../../../common/contracts/regions.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { assertInScope } from './service.ts';
import { listWithGeometry, type RegionWithGeometry } from './store.ts';

function toFeature(r: RegionWithGeometry): RegionFeature {
  return {
    type: 'Feature',
    id: r.code,
    properties: { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, kind: r.kind, centroid: r.centroid },
    geometry: r.geometry,
  };
}

export async function geometryOf(db: Kysely<DB>, actor: Actor, code: string, of: 'self' | 'children'): Promise<RegionFeature | RegionFeatureCollection> {
  const [region] = await listWithGeometry(db, { codes: [code] });
  if (!region) throw new AppError('REGION_NOT_FOUND', `no region ${code}`);
  assertInScope(actor, code);
  if (of === 'self') return toFeature(region);
  const children = await listWithGeometry(db, { parentCodes: [code] });
  return { type: 'FeatureCollection', features: children.map(toFeature) };
}
