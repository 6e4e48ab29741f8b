/**
 * Loads the reference files in demo/data. Paths are resolved from this module, not the
 * working directory, so the generator behaves the same from scripts, tests and the server.
 */
import { readFileSync } from 'node:fs';
import type { AreaGeometry } from '../../common/geo/geojson.ts';

const DATA_DIR = new URL('../data/', import.meta.url);

export interface VillageRecord {
  code: string;
  name: string;
  kind: string;
}
export interface TownRecord {
  code: string;
  name: string;
  kind: string;
  villages: VillageRecord[];
}
export interface CountyRecord {
  code: string;
  name: string;
  kind: string;
  population: number;
  geometry: AreaGeometry;
  towns: TownRecord[];
}
export interface LiaochengData {
  city: { code: string; name: string; kind: string; population: number; geometry: AreaGeometry };
  counties: CountyRecord[];
}

interface Feature {
  properties: Record<string, unknown>;
  geometry: AreaGeometry;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as T;
}

/** The stats CSV is the census of record; the other files carry copies we cross-check against it. */
function readCensus(): Map<string, { kind: string; population: number }> {
  const lines = readFileSync(new URL('liaocheng_county_stats.csv', DATA_DIR), 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`liaocheng_county_stats.csv has no column ${name}`);
    return at;
  };
  const [codeAt, kindAt, popAt] = [column('code'), column('kind'), column('pop_2020_census')];
  const census = new Map<string, { kind: string; population: number }>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    census.set(cells[codeAt]!, { kind: cells[kindAt]!, population: Number(cells[popAt]) });
  }
  return census;
}

export function loadLiaochengData(): LiaochengData {
  const census = readCensus();
  const countyFeatures = readJson<{ features: Feature[] }>('liaocheng_counties.geojson').features;
  const outline = readJson<{ features: Feature[] }>('liaocheng_city_outline.geojson').features[0]!;
  const divisions = readJson<{
    city: { code: string; name: string; pop_2020_census: number };
    counties: { code: string; name: string; pop_2020_census: number; towns: TownRecord[] }[];
  }>('liaocheng_divisions.json');

  const counties = divisions.counties.map((division): CountyRecord => {
    const feature = countyFeatures.find((f) => f.properties.code === division.code);
    if (!feature) throw new Error(`no polygon for county ${division.code}`);
    const population = census.get(division.code)?.population;
    if (population === undefined || population !== division.pop_2020_census || population !== feature.properties.pop_2020_census) {
      throw new Error(`census figures disagree for county ${division.code}`);
    }
    return {
      code: division.code,
      name: division.name,
      kind: String(feature.properties.kind),
      population,
      geometry: feature.geometry,
      towns: division.towns.map((t) => ({
        code: t.code,
        name: t.name,
        kind: t.kind,
        villages: t.villages.map((v) => ({ code: v.code, name: v.name, kind: v.kind })),
      })),
    };
  });
  counties.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (counties.length !== countyFeatures.length) throw new Error('county polygons and divisions do not match');

  const city = census.get(divisions.city.code);
  if (city === undefined || city.population !== counties.reduce((sum, c) => sum + c.population, 0)) {
    throw new Error('city census is not the sum of its counties');
  }
  return {
    city: { code: divisions.city.code, name: divisions.city.name, kind: city.kind, population: city.population, geometry: outline.geometry },
    counties,
  };
}
