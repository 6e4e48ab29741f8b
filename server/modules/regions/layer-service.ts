import type { ImportResult } from '../../../common/contracts/regions.ts';
import { LEVEL_NAMES, type RegionLevel } from '../../../common/regions/codes.ts';
import type { Database } from '../../db/database.ts';
import { CHANNELS, notify, PROCESS_ID } from '../../db/notify.ts';
import type { GridLocator } from '../../geo/grid-locator.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { planLayerImport, type LayerFeatureInput } from './layer-import.ts';
import { assertInScope } from './service.ts';
import { findRegion, listWithGeometry, upsertRegions } from './store.ts';

export async function importLayer(
  database: Database,
  locator: GridLocator,
  actor: Actor,
  features: LayerFeatureInput[],
  dryRun: boolean,
): Promise<ImportResult> {
  const result = await database.transaction(async (tx) => {
    const plan = await planLayerImport(tx, actor.scope, features);
    if (plan.problems.length > 0) {
      const fields: Record<string, string> = {};
      for (const p of plan.problems) fields[`features.${p.feature}`] ??= `${p.problem}: ${p.message}`;
      throw new AppError('INVALID_LAYER', `${plan.problems.length} problem(s) in the layer; nothing was imported`, fields, { problems: plan.problems });
    }
    const summary: ImportResult = {
      dryRun,
      created: plan.regions.filter((r) => r.created).length,
      updated: plan.regions.filter((r) => !r.created).length,
      regions: plan.regions.map((r) => ({ code: r.code, name: r.name, level: r.level, externalId: r.externalId, created: r.created })),
    };
    if (dryRun) return summary;
    await upsertRegions(tx, plan.regions);
    await recordAudit(tx, actor, {
      action: 'regions.import',
      targetType: 'region_layer',
      regionCode: actor.scope,
      detail: { created: summary.created, updated: summary.updated, levels: [...new Set(plan.regions.map((r) => r.level))] },
    });
    await notify(tx, CHANNELS.regionsChanged, PROCESS_ID);
    return summary;
  });
  if (!dryRun && result.regions.some((r) => r.level === 5)) await locator.rebuild();
  return result;
}

export interface LayerFeatureOutput {
  type: 'Feature';
  id: string;
  properties: { code: string; externalId: string | null; name: string; level: number; parent: string | null; kind: string | null; population: number | null };
  geometry: unknown;
}

/** The same format the import takes, so an exported layer imports back unchanged. */
export async function exportLayer(database: Database, actor: Actor, code: string, level?: number) {
  const region = await findRegion(database.db, code);
  if (!region) throw new AppError('REGION_NOT_FOUND', `no region ${code}`);
  assertInScope(actor, code);
  const target = (level ?? Math.min(region.level + 1, 5)) as RegionLevel;
  if (target <= region.level) {
    throw new AppError('VALIDATION_FAILED', 'level must be below the region', { level: `must be greater than ${region.level}` });
  }
  const rows = await listWithGeometry(database.db, { scope: code, level: target });
  const features: LayerFeatureOutput[] = rows.map((r) => ({
    type: 'Feature',
    id: r.code,
    properties: { code: r.code, externalId: r.externalId, name: r.name, level: r.level, parent: r.parentCode, kind: r.kind, population: r.population },
    geometry: r.geometry,
  }));
  return { type: 'FeatureCollection' as const, name: `${region.name}${LEVEL_NAMES[target].zh}`, features };
}
