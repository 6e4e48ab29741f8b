/**
 * Plausible populations. Only county totals are real (2020 census); below that we only know
 * which units are urban residents' committees (居委会) and which are villages (村委会), so a
 * county's people are shared out with urban communities weighted several times a village,
 * with some seeded variation so that no two look alike. Integer shares sum exactly to the parent.
 */
import { largestRemainder, largestRemainderWithMinimum } from './apportion.ts';
import { uniform, type Random } from './prng.ts';

/** An urban community houses about this many times the people of a village. */
const URBAN_COMMUNITY_WEIGHT = 4;

/** The real number of grid workers in Liaocheng, one per grid. */
const TOTAL_GRIDS = 8129;

export function communityPopulations(countyPopulation: number, kinds: readonly string[], random: Random): number[] {
  const weights = kinds.map((kind) => (kind === '居委会' ? URBAN_COMMUNITY_WEIGHT : 1) * uniform(random, 0.7, 1.3));
  return largestRemainder(countyPopulation, weights);
}

/** Grids per community in proportion to its people, at least one each, TOTAL_GRIDS in all. */
export function gridCounts(populations: readonly number[]): number[] {
  return largestRemainderWithMinimum(TOTAL_GRIDS, populations, 1);
}

/** Grids are drawn to hold similar numbers of households, so their shares vary only a little. */
export function gridPopulations(communityPopulation: number, grids: number, random: Random): number[] {
  const weights = Array.from({ length: grids }, () => uniform(random, 0.85, 1.15));
  return largestRemainder(communityPopulation, weights);
}
