/**
 * Names of the daily counters (`daily_counts.metric`) and what their key holds. Writers and
 * dashboards both use these names, so a typo cannot make a panel silently read zero.
 */
export const METRICS = {
  /** Households registered; key ''. Day: registration. */
  households: 'households',
  /** People registered; key ''. */
  persons: 'persons',
  /** Household visits; key = outcome. Day: the visit. */
  visits: 'visits',
  /** Arrivals in the city; key = origin category. Day: the arrival date. */
  arrivals: 'arrivals',
  /** Departures from the city; key = destination category. Day: the departure date. */
  departures: 'departures',
  /** Event reports; key = category. Day: when it happened. */
  events: 'events',
  /** Checkpoint shifts started; key ''. */
  dutyShifts: 'duty_shifts',
  /** Minutes on checkpoint duty, split across the days a shift spans; key ''. */
  dutyMinutes: 'duty_minutes',
  /** Residents' declarations at checkpoints; key = direction (in/out). Day: the declaration. */
  declarations: 'declarations',
  /** Declarations by what the guard was told; key = pass/stop. */
  declarationResults: 'declaration_results',
  /** Declared symptoms; key = symptom code (a declaration with several counts once for each). */
  symptoms: 'symptoms',
  /** Declared temperatures at or above the fever threshold; key ''. */
  feverTemperatures: 'fever_temperatures',
  /** Warnings raised; key = level. Re-declarations that update a warning do not count again. */
  warningsRaised: 'warnings_raised',
  /** Warnings verified; key = outcome. Day: the verification. */
  warningsVerified: 'warnings_verified',
  /** Cases entering a status; key = status. Day: the date of the change. */
  caseEntries: 'case_entries',
  /** Cases leaving a status; key = status. Day: the date of the change. A region's cases in
   * status S on day D = the sum of entries to S up to D minus the exits from S up to D. */
  caseExits: 'case_exits',
} as const;
export type Metric = (typeof METRICS)[keyof typeof METRICS];
