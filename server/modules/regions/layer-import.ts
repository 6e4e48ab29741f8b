import { bboxOf, centroidOf, type AreaGeometry, type BBox } from '../../../common/geo/geojson.ts';
import type { ImportProblem } from '../../../common/contracts/regions.ts';
import { childCode, isWithinScope, LEVEL_CODE_LENGTH, levelOfCode, parentCodeOf, type RegionLevel } from '../../../common/regions/codes.ts';
import { regionsOverlap } from '../../../common/regions/scope.ts';
import { LAYER_PROBLEMS, type LayerProblemCode } from '../../../common/regions/layer-problems.ts';
import type { Queryable } from '../../db/database.ts';
import {
  areaOutside, bboxesIntersect, geometryProblem, intersectionArea, planarArea, significantArea,
} from './layer-geometry.ts';
import { childCodesUnder, findByExternalIds, listWithGeometry, type RegionWrite } from './store.ts';

/**
 * Turns a GeoJSON FeatureCollection into the regions it would create or update, or into the
 * full list of what is wrong with it. Nothing is written here: the caller stores the plan
 * only when the list of problems is empty, so a bad layer leaves the database untouched.
 */
export interface LayerFeatureInput {
  type?: unknown;
  id?: unknown;
  properties?: Record<string, unknown> | null;
  geometry?: unknown;
}

export interface PlannedRegion extends RegionWrite {
  feature: number;
  created: boolean;
}

export interface LayerPlan {
  regions: PlannedRegion[];
  problems: ImportProblem[];
}

const LEVEL_WORDS: Record<string, RegionLevel> = { city: 1, district: 2, county: 2, street: 3, town: 3, community: 4, village: 4, grid: 5 };

interface Candidate {
  feature: number;
  ref: string | null;
  code: string | null;
  externalId: string | null;
  name: string;
  level: RegionLevel | null;
  parentCode: string | null;
  parentExternalId: string | null;
  kind: string | null;
  population: number | null;
  geometry: AreaGeometry | null;
  bbox: BBox | null;
  area: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);

function readLevel(v: unknown): RegionLevel | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return v as RegionLevel;
  if (typeof v === 'string') return LEVEL_WORDS[v.trim().toLowerCase()] ?? (/^[1-5]$/.test(v.trim()) ? (Number(v) as RegionLevel) : null);
  return null;
}

function featureRef(feature: LayerFeatureInput): string | null {
  const p = feature?.properties ?? {};
  return text(p.code) ?? text(p.externalId ?? p.external_id ?? feature?.id) ?? text(p.name);
}

function readCandidate(feature: LayerFeatureInput, index: number, report: (p: LayerProblemCode, detail?: string) => void): Candidate | null {
  if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
    report('NOT_A_FEATURE');
    return null;
  }
  const p = feature.properties ?? {};
  const code = text(p.code);
  const externalId = text(p.externalId ?? p.external_id ?? feature.id);
  const name = text(p.name) ?? '';
  const level = p.level === undefined ? (code ? levelOfCode(code) : null) : readLevel(p.level);
  const population = typeof p.population === 'number' && Number.isInteger(p.population) && p.population >= 0 ? p.population : null;
  const candidate: Candidate = {
    feature: index,
    ref: featureRef(feature),
    code,
    externalId,
    name,
    level,
    parentCode: text(p.parent ?? p.parentCode ?? p.parent_code),
    parentExternalId: text(p.parentExternalId ?? p.parent_external_id),
    kind: text(p.kind),
    population,
    geometry: null,
    bbox: null,
    area: 0,
  };
  if (!name || name.length > 100) report('MISSING_NAME', name ? 'name is longer than 100 characters' : undefined);
  if (p.level !== undefined && level === null) report('BAD_LEVEL', `level ${JSON.stringify(p.level)}`);
  if (level === 1) report('BAD_LEVEL', 'the city itself cannot be imported');
  const geometryIssue = geometryProblem(feature.geometry);
  if (geometryIssue) report(geometryIssue.problem, geometryIssue.detail);
  else {
    candidate.geometry = feature.geometry as AreaGeometry;
    candidate.bbox = bboxOf(candidate.geometry);
    candidate.area = planarArea(candidate.geometry);
  }
  return candidate;
}

export async function planLayerImport(db: Queryable, scope: string, features: LayerFeatureInput[]): Promise<LayerPlan> {
  const problems: ImportProblem[] = [];
  const reporterFor = (index: number, ref: () => string | null) => (problem: LayerProblemCode, detail?: string) => {
    problems.push({ feature: index, ref: ref(), problem, message: detail ? `${LAYER_PROBLEMS[problem].en}: ${detail}` : LAYER_PROBLEMS[problem].en });
  };

  const candidates: Candidate[] = [];
  features.forEach((feature, index) => {
    const c = readCandidate(feature, index, reporterFor(index, () => featureRef(feature)));
    if (c) candidates.push(c);
  });

  // Parents first, so that a layer may carry several levels that refer to each other.
  const byLevel = [...candidates].sort((a, b) => (a.level ?? 9) - (b.level ?? 9) || a.feature - b.feature);
  const planned = new Map<string, Candidate & { code: string; parentCode: string; level: RegionLevel }>();
  const codeByExternal = new Map<string, string>();
  const seenExternal = new Set<string>();
  for (const c of byLevel) {
    if (c.externalId && c.level) {
      const key = `${c.level}:${c.externalId}`;
      if (seenExternal.has(key)) reporterFor(c.feature, () => c.ref)('DUPLICATE_EXTERNAL_ID', c.externalId);
      seenExternal.add(key);
    }
  }

  const existingByExternal = new Map<string, string>();
  for (const level of [2, 3, 4, 5] as RegionLevel[]) {
    const ids = candidates.filter((c) => c.level === level && c.externalId).map((c) => c.externalId!);
    for (const [id, code] of await findByExternalIds(db, level, ids)) existingByExternal.set(`${level}:${id}`, code);
  }

  const parentCodes = new Set<string>();
  for (const c of byLevel) {
    if (c.parentCode) parentCodes.add(c.parentCode);
    if (c.code) parentCodes.add(parentCodeOf(c.code) ?? '');
  }
  const existingParents = new Map((await listWithGeometry(db, { codes: [...parentCodes].filter(Boolean) })).map((r) => [r.code, r]));

  // Serials in use under each parent: existing children plus codes claimed by this layer.
  const usedSerials = new Map<string, Set<string>>();
  const allParentCodes = [...parentCodes].filter(Boolean);
  for (const [parent, codes] of await childCodesUnder(db, allParentCodes)) usedSerials.set(parent, new Set(codes));
  for (const c of candidates) {
    if (c.code) {
      const parent = parentCodeOf(c.code);
      if (parent) (usedSerials.get(parent) ?? usedSerials.set(parent, new Set()).get(parent)!).add(c.code);
    }
  }

  const claimedCodes = new Set<string>();
  for (const c of byLevel) {
    const report = reporterFor(c.feature, () => c.ref);
    if (c.level === null || c.level === 1) {
      if (c.level === null && !problems.some((p) => p.feature === c.feature && p.problem === 'BAD_LEVEL')) report('BAD_LEVEL', 'level is missing');
      continue;
    }
    const level = c.level;
    let parentCode = c.parentCode ?? (c.parentExternalId ? codeByExternal.get(`${level - 1}:${c.parentExternalId}`) ?? null : null);
    if (!parentCode && c.parentExternalId) {
      parentCode = (await findByExternalIds(db, (level - 1) as RegionLevel, [c.parentExternalId])).get(c.parentExternalId) ?? null;
    }
    if (!parentCode && c.code) parentCode = parentCodeOf(c.code);
    if (!parentCode) {
      report('PARENT_MISSING', 'give properties.parent (the parent\'s code) or a code that extends it');
      continue;
    }
    const parentLevel = levelOfCode(parentCode);
    const parentKnown = existingParents.has(parentCode) || planned.has(parentCode);
    if (!parentKnown) {
      report('PARENT_MISSING', `no region ${parentCode}`);
      continue;
    }
    if (parentLevel !== level - 1) {
      report('PARENT_LEVEL_MISMATCH', `${parentCode} is level ${parentLevel}, this feature is level ${level}`);
      continue;
    }
    if (!regionsOverlap(parentCode, scope)) {
      report('OUT_OF_SCOPE', `${parentCode} is outside ${scope}`);
      continue;
    }
    let code = c.code ?? (c.externalId ? existingByExternal.get(`${level}:${c.externalId}`) ?? null : null);
    if (code !== null) {
      if (code.length !== LEVEL_CODE_LENGTH[level] || !/^\d+$/.test(code) || !code.startsWith(parentCode)) {
        report('BAD_CODE', `${code} is not a level-${level} code under ${parentCode}`);
        continue;
      }
    } else {
      const used = usedSerials.get(parentCode) ?? usedSerials.set(parentCode, new Set()).get(parentCode)!;
      code = nextFreeCode(parentCode, used);
      if (code === null) {
        report('CODES_EXHAUSTED', parentCode);
        continue;
      }
      used.add(code);
    }
    if (!isWithinScope(code, scope)) {
      report('OUT_OF_SCOPE', `${code} is outside ${scope}`);
      continue;
    }
    if (claimedCodes.has(code)) {
      report('DUPLICATE_CODE', code);
      continue;
    }
    claimedCodes.add(code);
    if (c.externalId) codeByExternal.set(`${level}:${c.externalId}`, code);
    planned.set(code, { ...c, code, parentCode, level });
  }

  await checkGeometryAgainstNeighbours(db, [...planned.values()], existingParents, planned, reporterFor);

  const existingCodes = new Set((await listWithGeometry(db, { codes: [...planned.keys()], withGeometry: false })).map((r) => r.code));
  const regions: PlannedRegion[] = [...planned.values()]
    .sort((a, b) => a.level - b.level || (a.code < b.code ? -1 : 1))
    .map((c) => ({
      feature: c.feature,
      created: !existingCodes.has(c.code),
      code: c.code,
      parentCode: c.parentCode,
      level: c.level,
      name: c.name,
      kind: c.kind,
      officialCode: null,
      externalId: c.externalId,
      population: c.population,
      geometry: c.geometry,
      centroid: c.geometry ? centroidOf(c.geometry) : null,
      bbox: c.bbox,
    }));
  problems.sort((a, b) => a.feature - b.feature);
  return { regions: problems.length > 0 ? [] : regions, problems };
}

function nextFreeCode(parentCode: string, used: Set<string>): string | null {
  let serial = 1;
  for (const code of used) serial = Math.max(serial, Number(code.slice(parentCode.length)) + 1);
  try {
    return childCode(parentCode, serial);
  } catch {
    return null;
  }
}

type Reporter = (index: number, ref: () => string | null) => (problem: LayerProblemCode, detail?: string) => void;

interface Shape { code: string; name: string; feature: number | null; geometry: AreaGeometry; bbox: BBox; area: number }

async function checkGeometryAgainstNeighbours(
  db: Queryable,
  planned: (Candidate & { code: string; parentCode: string })[],
  existingParents: Map<string, { geometry: AreaGeometry | null; code: string }>,
  plannedByCode: Map<string, Candidate>,
  reporterFor: Reporter,
): Promise<void> {
  const withShape = planned.filter((c) => c.geometry !== null);
  const parents = [...new Set(withShape.map((c) => c.parentCode))];
  const existingSiblings = await listWithGeometry(db, { parentCodes: parents });
  const groups = new Map<string, Shape[]>();
  const add = (parent: string, shape: Shape) => (groups.get(parent) ?? groups.set(parent, []).get(parent)!).push(shape);
  for (const s of existingSiblings) {
    if (!s.geometry || plannedByCode.has(s.code)) continue;
    add(s.parentCode!, { code: s.code, name: s.name, feature: null, geometry: s.geometry, bbox: bboxOf(s.geometry), area: planarArea(s.geometry) });
  }
  for (const c of withShape) add(c.parentCode, { code: c.code, name: c.name, feature: c.feature, geometry: c.geometry!, bbox: c.bbox!, area: c.area });

  for (const c of withShape) {
    const report = reporterFor(c.feature, () => c.ref);
    const parentGeometry = plannedByCode.get(c.parentCode)?.geometry ?? existingParents.get(c.parentCode)?.geometry ?? null;
    try {
      if (parentGeometry) {
        const outside = areaOutside(c.geometry!, parentGeometry);
        if (significantArea(outside, c.area)) {
          report('OUTSIDE_PARENT', `${((outside / c.area) * 100).toFixed(2)}% of it lies outside ${c.parentCode}`);
        }
      }
    } catch (error) {
      report('GEOMETRY_ERROR', (error as Error).message);
    }
  }

  for (const [, shapes] of groups) {
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        const a = shapes[i]!;
        const b = shapes[j]!;
        if ((a.feature === null && b.feature === null) || !bboxesIntersect(a.bbox, b.bbox)) continue;
        let overlap: number;
        try {
          overlap = intersectionArea(a.geometry, b.geometry);
        } catch (error) {
          const f = a.feature ?? b.feature!;
          reporterFor(f, () => (a.feature !== null ? a.code : b.code))('GEOMETRY_ERROR', (error as Error).message);
          continue;
        }
        if (!significantArea(overlap, Math.min(a.area, b.area))) continue;
        for (const [self, other] of [[a, b], [b, a]] as const) {
          if (self.feature === null) continue;
          const otherName = other.feature === null ? `existing region ${other.code} ${other.name}` : `feature ${other.feature} (${other.name})`;
          reporterFor(self.feature, () => self.code)('OVERLAPS_SIBLING', `overlaps ${otherName}`);
        }
      }
    }
  }
}
