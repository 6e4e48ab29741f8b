import type { CaseView } from '../../../../common/contracts/cases.ts';

/** District › street › community of the case's grid. */
export function regionPathText(c: Pick<CaseView, 'regionPath'>): string {
  return c.regionPath.map((r) => r.name).join(' › ');
}
