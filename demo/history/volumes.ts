import type { OriginCategory } from '../../common/field/vocabulary.ts';

/**
 * How much history to make. The city defaults follow Liaocheng in early 2020 (about 23,000
 * arrivals from key areas, 65,000 field reports, 38 confirmed cases) and are sized so the first
 * start on the embedded database stays under a minute; tests pass small ones.
 */
export interface HistoryVolumes {
  days: number;
  /** Grids that get a worker and activity: every grid, or the first n of an even spread (tests). */
  grids: number | 'all';
  arrivals: Record<OriginCategory, number>;
  departures: number;
  /** Residents registered besides the travellers, per household on average. */
  householdersPerHousehold: number;
  events: number;
  visits: number;
  dutyShifts: number;
  declarations: number;
  /** Distinct residents who scan the QR codes (each one's phone is encrypted once and reused). */
  declarants: number;
  /** Warnings raised (each by one to three declarations of one person). */
  warnings: number;
  cases: { confirmed: number; deceased: number; excluded: number; stillSuspected: number };
}

export const CITY_VOLUMES: HistoryVolumes = {
  days: 30,
  grids: 'all',
  arrivals: { wuhan: 4_200, hubei_other: 5_300, other_province: 12_000, abroad: 1_500, in_province: 1_500 },
  departures: 2_000,
  householdersPerHousehold: 0.2,
  events: 65_000,
  visits: 10_000,
  dutyShifts: 8_000,
  declarations: 100_000,
  declarants: 10_000,
  warnings: 700,
  cases: { confirmed: 38, deceased: 0, excluded: 22, stillSuspected: 5 },
};

/** A few hundred rows of everything: enough for every metric and state to appear. */
export const SMALL_VOLUMES: HistoryVolumes = {
  days: 30,
  grids: 40,
  arrivals: { wuhan: 60, hubei_other: 50, other_province: 90, abroad: 20, in_province: 30 },
  departures: 30,
  householdersPerHousehold: 0.8,
  events: 400,
  visits: 200,
  dutyShifts: 150,
  declarations: 3_000,
  declarants: 300,
  // Enough for every day to have some, so the last day always has one open past its deadline.
  warnings: 150,
  cases: { confirmed: 6, deceased: 1, excluded: 3, stillSuspected: 2 },
};
