/**
 * The deterministic demo geography of Liaocheng (聊城市): the real city and county outlines,
 * the real statistical towns and villages with their codes and names, and synthetic shapes for
 * everything below the county plus 8,129 grids, all tiling their parents exactly.
 * Same seed, same output, byte for byte; nothing is cached.
 */
import { centroidOf, type AreaGeometry } from '../../common/geo/geojson.ts';
import { pointInGeometry } from '../../common/geo/point-in-polygon.ts';
import { childCode } from '../../common/regions/codes.ts';
import { loadLiaochengData, type CountyRecord, type TownRecord } from './data.ts';
import { toAreaGeometry, toMultiPolygon } from './geometry.ts';
import { gridName } from './names.ts';
import { partition, type PartitionRequest } from './partition.ts';
import { communityPopulations, gridCounts, gridPopulations } from './population.ts';
import { streamFor } from './prng.ts';

export interface GeneratedRegion {
  code: string;
  parentCode: string | null;
  level: 1 | 2 | 3 | 4 | 5;
  name: string;
  kind: string | null;
  officialCode: string | null;
  population: number;
  geometry: AreaGeometry;
}

export interface GenerateOptions {
  seed?: number;
}

export const DEFAULT_SEED = 2020;

const CITY_CODE = '3715';

/**
 * Where urban streets gather. Liaocheng's real centre (the old town around 光岳楼) is in
 * 东昌府区; for the counties we do not pin a seat and use the middle of the county instead.
 */
const KNOWN_URBAN_CORES: Record<string, [number, number]> = { '371502': [115.98, 36.45] };

// Per level: how much smaller urban children are, and how hard we work on their shapes.
const TOWN_PLAN = { areaRatio: 10, samplesPerChild: 100, lloydSteps: 4 };
const COMMUNITY_PLAN = { areaRatio: 4, samplesPerChild: 60, lloydSteps: 3 };
const GRID_PLAN = { areaRatio: 1, samplesPerChild: 24, lloydSteps: 2 };

const isUrbanTown = (town: TownRecord) => town.kind === '街道' || town.kind === '类似乡级单位';
const urbanShare = (town: TownRecord) => town.villages.filter((v) => v.kind === '居委会').length / Math.max(1, town.villages.length);

export function generateLiaochengGeography(options: GenerateOptions = {}): GeneratedRegion[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const data = loadLiaochengData();
  const regions: GeneratedRegion[] = [
    {
      code: CITY_CODE,
      parentCode: null,
      level: 1,
      name: data.city.name,
      kind: data.city.kind,
      officialCode: data.city.code,
      population: data.city.population,
      geometry: normalized(data.city.geometry),
    },
  ];

  const counties = data.counties.map((county) => ({ county, populations: villagePopulations(county, seed) }));
  // Grid counts are shared out over the whole city at once, so the total is exactly 8,129.
  const villageCodes = counties.flatMap((c) => [...c.populations.keys()]);
  const counts = gridCounts(counties.flatMap((c) => [...c.populations.values()]));
  const gridsOf = new Map(villageCodes.map((code, i) => [code, counts[i]!]));

  for (const { county, populations } of counties) {
    const countyGeometry = normalized(county.geometry);
    regions.push({
      code: county.code,
      parentCode: CITY_CODE,
      level: 2,
      name: county.name,
      kind: county.kind,
      officialCode: county.code,
      population: county.population,
      geometry: countyGeometry,
    });

    const towns = sortedByCode(county.towns);
    const core = urbanCore(county.code, countyGeometry);
    const townSplit = split(countyGeometry, seed, county.code, {
      ...TOWN_PLAN,
      urban: towns.map(isUrbanTown),
      centrality: towns.map(urbanShare),
      core,
    });

    towns.forEach((town, t) => {
      const townGeometry = townSplit.geometries[t]!;
      const villages = sortedByCode(town.villages);
      regions.push({
        code: town.code,
        parentCode: county.code,
        level: 3,
        name: town.name,
        kind: town.kind,
        officialCode: town.code,
        population: villages.reduce((sum, v) => sum + populations.get(v.code)!, 0),
        geometry: townGeometry,
      });

      // A street's urban communities face the county's core, so the built-up area stays in one
      // piece; a town's gather around its own middle, the town seat.
      const villageSplit = split(townGeometry, seed, town.code, {
        ...COMMUNITY_PLAN,
        urban: villages.map((v) => v.kind === '居委会'),
        core: isUrbanTown(town) ? core : [townSplit.seeds.lon[t]!, townSplit.seeds.lat[t]!],
      });

      villages.forEach((village, v) => {
        const villageGeometry = villageSplit.geometries[v]!;
        const population = populations.get(village.code)!;
        regions.push({
          code: village.code,
          parentCode: town.code,
          level: 4,
          name: village.name,
          kind: village.kind,
          officialCode: village.code,
          population,
          geometry: villageGeometry,
        });

        const grids = gridsOf.get(village.code)!;
        const gridSplit = split(villageGeometry, seed, village.code, {
          ...GRID_PLAN,
          urban: new Array<boolean>(grids).fill(false),
          core: null,
        });
        const gridPeople = gridPopulations(population, grids, streamFor(seed, `grid-population:${village.code}`));
        for (let g = 0; g < grids; g++) {
          regions.push({
            code: childCode(village.code, g + 1),
            parentCode: village.code,
            level: 5,
            name: gridName(village.name, village.kind, g + 1),
            kind: '网格',
            officialCode: null,
            population: gridPeople[g]!,
            geometry: gridSplit.geometries[g]!,
          });
        }
      });
    });
  }
  return regions;
}

/** Every village of a county in code order, mapped to its share of the county's census population. */
function villagePopulations(county: CountyRecord, seed: number): Map<string, number> {
  const villages = sortedByCode(county.towns).flatMap((town) => sortedByCode(town.villages));
  const shares = communityPopulations(
    county.population,
    villages.map((v) => v.kind),
    streamFor(seed, `population:${county.code}`),
  );
  return new Map(villages.map((v, i) => [v.code, shares[i]!]));
}

function split(parent: AreaGeometry, seed: number, code: string, request: PartitionRequest) {
  return partition(parent, request, streamFor(seed, `shape:${code}`));
}

/** A core need not be inside the region it is used for: urban seeds take the samples nearest to it. */
function urbanCore(countyCode: string, geometry: AreaGeometry): [number, number] {
  const known = KNOWN_URBAN_CORES[countyCode];
  if (known && pointInGeometry(known[0], known[1], geometry) === 'inside') return known;
  return centroidOf(geometry);
}

/** Same coordinates, RFC 7946 winding, a plain Polygon when there is one part. */
function normalized(geometry: AreaGeometry): AreaGeometry {
  return toAreaGeometry(toMultiPolygon(geometry));
}

function sortedByCode<T extends { code: string }>(items: readonly T[]): T[] {
  return items.slice().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
