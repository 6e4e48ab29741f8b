import { createHash } from 'node:crypto';
import Flatbush from 'flatbush';
import polygonClipping from 'polygon-clipping';
import { beforeAll, describe, expect, it } from 'vitest';
import { bboxOf, polygonsOf, ringSignedArea } from '../../common/geo/geojson.ts';
import { flattenGeometry, pointInFlatPolygons, type FlatPolygon } from '../../common/geo/point-in-polygon.ts';
import { LEVEL_CODE_LENGTH, levelOfCode, type RegionLevel } from '../../common/regions/codes.ts';
import { loadLiaochengData } from './data.ts';
import { generateLiaochengGeography, type GeneratedRegion } from './generate.ts';
import { planarArea, polygonsArea, toMultiPolygon } from './geometry.ts';
import { mulberry32 } from './prng.ts';

// One generation per file (the determinism test makes a second): each takes a few seconds.
let regions: GeneratedRegion[];
let byCode: Map<string, GeneratedRegion>;
let childrenOf: Map<string, GeneratedRegion[]>;

beforeAll(() => {
  regions = generateLiaochengGeography();
  byCode = new Map(regions.map((r) => [r.code, r]));
  childrenOf = new Map();
  for (const r of regions) {
    if (r.parentCode === null) continue;
    const list = childrenOf.get(r.parentCode);
    if (list) list.push(r);
    else childrenOf.set(r.parentCode, [r]);
  }
}, 120_000);

const atLevel = (level: number) => regions.filter((r) => r.level === level);
const fingerprint = (rs: GeneratedRegion[]) => createHash('sha256').update(JSON.stringify(rs)).digest('hex');

describe('generateLiaochengGeography: structure', () => {
  it('has 1 city, 8 counties, 136 towns, 2,408 communities and 8,129 grids', () => {
    expect([1, 2, 3, 4, 5].map((level) => atLevel(level).length)).toEqual([1, 8, 136, 2408, 8129]);
  });

  it('gives every region a unique hierarchical code under its parent, parents first', () => {
    // Problems are collected and compared once: an expect per region would dominate the runtime.
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const r of regions) {
      if (seen.has(r.code)) problems.push(`${r.code} twice`);
      if (levelOfCode(r.code) !== r.level || r.code.length !== LEVEL_CODE_LENGTH[r.level]) problems.push(`${r.code} at level ${r.level}`);
      const expectedParent = r.level === 1 ? null : r.code.slice(0, LEVEL_CODE_LENGTH[(r.level - 1) as RegionLevel]);
      if (r.parentCode !== expectedParent) problems.push(`${r.code} has parent ${r.parentCode}`);
      if (r.parentCode !== null && !seen.has(r.parentCode)) problems.push(`${r.code} comes before its parent`);
      seen.add(r.code);
    }
    expect(problems).toEqual([]);
  });

  it('numbers the grids of each community 001, 002, … without gaps', () => {
    const problems: string[] = [];
    for (const community of atLevel(4)) {
      const grids = childrenOf.get(community.code) ?? [];
      if (grids.length === 0) problems.push(`${community.code} has no grid`);
      grids.forEach((g, i) => {
        if (g.code !== community.code + String(i + 1).padStart(3, '0')) problems.push(g.code);
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps the official names, kinds and statistical codes', () => {
    expect(byCode.get('3715')).toMatchObject({ name: '聊城市', kind: '地级市', officialCode: '371500', parentCode: null });
    expect(byCode.get('371502')).toMatchObject({ name: '东昌府区', kind: '市辖区', officialCode: '371502' });
    expect(byCode.get('371581')).toMatchObject({ name: '临清市', kind: '县级市', officialCode: '371581' });
    expect(byCode.get('371522')).toMatchObject({ name: '莘县', kind: '县' });
    expect(byCode.get('371502001')).toMatchObject({ name: '古楼街道', kind: '街道', officialCode: '371502001' });
    expect(byCode.get('371502400')).toMatchObject({ name: '香江光彩大市场服务中心', kind: '类似乡级单位' });
    expect(byCode.get('371503208')).toMatchObject({ name: '杨官屯乡', kind: '乡' });
    expect(byCode.get('371502001001')).toMatchObject({ name: '古城社区居委会', kind: '居委会', officialCode: '371502001001' });
    expect(byCode.get('371502001001001')).toMatchObject({ name: '古城社区第1网格', kind: '网格', officialCode: null });
    const wrong = regions.filter((r) => r.level > 1 && r.officialCode !== (r.level === 5 ? null : r.code));
    expect(wrong.map((r) => r.code)).toEqual([]);
    const kinds = new Set(regions.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(
      ['地级市', '市辖区', '县', '县级市', '街道', '镇', '乡', '类似乡级单位', '居委会', '村委会', '网格'].sort(),
    );
  });

  it('is deterministic: the same seed gives byte-identical output', () => {
    expect(fingerprint(generateLiaochengGeography({ seed: 2020 }))).toBe(fingerprint(regions));
  }, 120_000);
});

describe('generateLiaochengGeography: population', () => {
  it('uses the 2020 census for the counties and the city', () => {
    const data = loadLiaochengData();
    for (const county of data.counties) expect(byCode.get(county.code)!.population).toBe(county.population);
    expect(byCode.get('3715')!.population).toBe(5_952_128);
  });

  it('splits every parent into positive integers that add up exactly', () => {
    const problems: string[] = [];
    for (const r of regions) {
      if (!Number.isInteger(r.population) || r.population <= 0) problems.push(`${r.code}: ${r.population}`);
      const children = childrenOf.get(r.code);
      const sum = children?.reduce((s, c) => s + c.population, 0);
      if (sum !== undefined && sum !== r.population) problems.push(`${r.code}: ${r.population} ≠ Σ ${sum}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives urban communities more people and more grids than villages', () => {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const urban = atLevel(4).filter((r) => r.kind === '居委会');
    const rural = atLevel(4).filter((r) => r.kind === '村委会');
    const grids = (rs: GeneratedRegion[]) => rs.map((r) => childrenOf.get(r.code)!.length);
    expect(mean(urban.map((r) => r.population))).toBeGreaterThan(2 * mean(rural.map((r) => r.population)));
    expect(mean(grids(urban))).toBeGreaterThan(2 * mean(grids(rural)));
  });
});

describe('generateLiaochengGeography: geometry', () => {
  it('writes closed RFC 7946 rings: outer counter-clockwise, holes clockwise', () => {
    const problems: string[] = [];
    for (const r of regions) {
      const type: string = r.geometry.type;
      if (type !== 'Polygon' && type !== 'MultiPolygon') problems.push(`${r.code}: ${type}`);
      for (const polygon of polygonsOf(r.geometry)) {
        polygon.forEach((ring, index) => {
          const first = ring[0]!;
          const last = ring[ring.length - 1]!;
          if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${r.code}: open or tiny ring`);
          if (!ring.every((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))) problems.push(`${r.code}: bad position`);
          if (ringSignedArea(ring) > 0 !== (index === 0)) problems.push(`${r.code}: ring ${index} wound the wrong way`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the real county polygons and the city outline', () => {
    const data = loadLiaochengData();
    for (const county of data.counties) {
      expect(toMultiPolygon(byCode.get(county.code)!.geometry)).toEqual(toMultiPolygon(county.geometry));
    }
    expect(planarArea(byCode.get('3715')!.geometry)).toBeCloseTo(planarArea(data.city.geometry), 12);
  });

  it('tiles every parent: children areas add up to the parent area within 1e-9', () => {
    let worst = 0;
    for (const [parentCode, children] of childrenOf) {
      const parentArea = planarArea(byCode.get(parentCode)!.geometry);
      const sum = children.reduce((s, c) => s + planarArea(c.geometry), 0);
      worst = Math.max(worst, Math.abs(sum - parentArea) / parentArea);
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('keeps sampled children inside their parents and apart from their siblings', () => {
    const random = mulberry32(11);
    const parents = regions.filter((r) => r.level <= 4 && (childrenOf.get(r.code)?.length ?? 0) > 1);
    for (let k = 0; k < 60; k++) {
      const parent = parents[Math.floor(random() * parents.length)]!;
      const children = childrenOf.get(parent.code)!;
      const parentParts = toMultiPolygon(parent.geometry);
      const parentArea = planarArea(parent.geometry);
      for (const child of children) {
        const childArea = planarArea(child.geometry);
        const inside = polygonsArea(polygonClipping.intersection(toMultiPolygon(child.geometry), parentParts));
        expect(Math.abs(inside - childArea) / parentArea).toBeLessThan(1e-9);
      }
      for (let i = 0; i < children.length; i++) {
        for (let j = i + 1; j < children.length; j++) {
          if (!bboxesMeet(bboxOf(children[i]!.geometry), bboxOf(children[j]!.geometry))) continue;
          const overlap = polygonClipping.intersection(toMultiPolygon(children[i]!.geometry), toMultiPolygon(children[j]!.geometry));
          expect(polygonsArea(overlap) / parentArea).toBeLessThan(1e-9);
        }
      }
    }
  }, 60_000);

  it('puts every random point of a county in exactly one grid of that county, and others in none', () => {
    const grids = atLevel(5);
    const tree = new Flatbush(grids.length);
    for (const g of grids) tree.add(...bboxOf(g.geometry));
    tree.finish();
    const gridShapes = grids.map((g) => flattenGeometry(g.geometry));
    const counties = atLevel(2).map((c) => ({ code: c.code, shape: flattenGeometry(c.geometry) }));

    const [minX, minY, maxX, maxY] = bboxOf(byCode.get('3715')!.geometry);
    const random = mulberry32(20_000);
    const tally = { inCounty: 0, outside: 0, countyOverlap: 0, boundaryHits: 0 };
    const mismatches: string[] = [];
    const classify = (x: number, y: number): { inCounties: string[]; inGrids: string[] } => {
      const inCounties = counties.filter((c) => pointInFlatPolygons(x, y, c.shape) === 'inside').map((c) => c.code);
      const onCountyBorder = counties.some((c) => pointInFlatPolygons(x, y, c.shape) === 'boundary');
      const inGrids: string[] = [];
      let boundary = false;
      for (const i of tree.search(x, y, x, y)) {
        const where = pointInFlatPolygons(x, y, gridShapes[i] as FlatPolygon[]);
        if (where === 'inside') inGrids.push(grids[i]!.code);
        if (where === 'boundary') boundary = true;
      }
      if (boundary || onCountyBorder) {
        tally.boundaryHits++;
        return { inCounties, inGrids };
      }
      if (inCounties.length > 1) tally.countyOverlap++;
      if (inCounties.length === 0) tally.outside++;
      else tally.inCounty++;
      const gridCounties = inGrids.map((code) => code.slice(0, 6)).sort();
      if (inGrids.length !== inCounties.length || gridCounties.join() !== inCounties.sort().join()) {
        mismatches.push(`${x},${y}: counties [${inCounties}] grids [${inGrids}]`);
      }
      return { inCounties, inGrids };
    };
    for (let k = 0; k < 20_000; k++) classify(minX + random() * (maxX - minX), minY + random() * (maxY - minY));
    // The enclave cut out of 莘县 belongs to no county: nothing may be found there.
    const enclave = polygonsOf(byCode.get('371522')!.geometry)[0]![1]!;
    expect(enclave).toBeDefined();
    const cx = enclave.slice(0, -1).reduce((s, p) => s + p[0]!, 0) / (enclave.length - 1);
    const cy = enclave.slice(0, -1).reduce((s, p) => s + p[1]!, 0) / (enclave.length - 1);
    expect(classify(cx, cy)).toEqual({ inCounties: [], inGrids: [] });
    console.info('random points:', tally);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(tally.boundaryHits).toBe(0);
    expect(tally.inCounty).toBeGreaterThan(10_000);
    expect(tally.outside).toBeGreaterThan(1_000);
  }, 60_000);
});

function bboxesMeet(a: number[], b: number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}
