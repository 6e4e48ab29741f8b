import type { Location, VisitCreate } from '../../../common/contracts/field.ts';
import { checkVisit } from '../../../common/field/rules.ts';
import type { VisitOutcome } from '../../../common/field/vocabulary.ts';
import { optionalText, requireFields } from './required.ts';

export interface VisitValues extends Record<string, unknown> {
  /** Empty: the moment the worker saves the visit. */
  visitedAt: string | null;
  metCount: number;
  outcome: VisitOutcome | null;
  note: string;
  location: Location | null;
}

export const visitDefaults = (): VisitValues => ({ visitedAt: null, metCount: 1, outcome: 'normal', note: '', location: null });

export function validateVisit(v: VisitValues): Record<string, string> {
  return requireFields({ ...checkVisit({ visitedAt: v.visitedAt ?? new Date().toISOString(), note: v.note }) }, v, ['outcome']);
}

export function visitPayload(id: string, householdId: string, v: VisitValues): VisitCreate {
  return {
    id,
    householdId,
    visitedAt: v.visitedAt ?? new Date().toISOString(),
    metCount: v.metCount,
    outcome: v.outcome!,
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
    ...(v.location ? { location: v.location } : {}),
  };
}

export function visitValues(p: VisitCreate): VisitValues {
  return { visitedAt: p.visitedAt, metCount: p.metCount, outcome: p.outcome, note: p.note ?? '', location: p.location ?? null };
}

