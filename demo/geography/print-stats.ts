/**
 * Prints what the generator produces and how long it takes: `npx tsx demo/geography/print-stats.ts [seed]`.
 */
import { generateLiaochengGeography, DEFAULT_SEED } from './generate.ts';
import { areaKm2 } from './geometry.ts';

const seed = process.argv[2] ? Number(process.argv[2]) : DEFAULT_SEED;
const started = performance.now();
const regions = generateLiaochengGeography({ seed });
const elapsed = performance.now() - started;

const levelNames = ['', 'city', 'district/county', 'street/town', 'community/village', 'grid'];
for (let level = 1; level <= 5; level++) {
  const inLevel = regions.filter((r) => r.level === level);
  const multi = inLevel.filter((r) => r.geometry.type === 'MultiPolygon').length;
  const areas = inLevel.map((r) => areaKm2(r.geometry)).sort((a, b) => a - b);
  const fmt = (x: number) => (x < 1 ? x.toFixed(3) : x.toFixed(1));
  console.log(
    `level ${level} ${levelNames[level]!.padEnd(18)} ${String(inLevel.length).padStart(5)} regions,` +
      ` ${multi} MultiPolygon, area km² min ${fmt(areas[0]!)} / median ${fmt(areas[areas.length >> 1]!)} / max ${fmt(areas[areas.length - 1]!)}`,
  );
}
const grids = regions.filter((r) => r.level === 5);
const people = grids.map((g) => g.population).sort((a, b) => a - b);
console.log(`total grids ${grids.length}; people per grid min ${people[0]} / median ${people[people.length >> 1]} / max ${people[people.length - 1]}`);
console.log(`generated ${regions.length} regions with seed ${seed} in ${(elapsed / 1000).toFixed(2)} s`);
