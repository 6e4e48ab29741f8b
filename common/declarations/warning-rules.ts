import type { Symptom, WarningLevel, WarningReasonCode } from './vocabulary.ts';

/**
 * When a declaration raises a warning, and how serious it is. Administrators tune the numbers
 * (they are stored in the database); the logic is this one function, used by the server to
 * decide and by the console to preview a rule change.
 */
export interface WarningRules {
  /** °C at or above which a temperature is a warning reason. */
  feverThreshold: number;
  /** °C at or above which the warning is high. */
  highFeverThreshold: number;
  /** Symptoms that by themselves raise a warning. */
  warningSymptoms: Symptom[];
  keyAreaTravel: boolean;
  caseContact: boolean;
  /** The same phone declaring again within this many hours updates its open warning. */
  redeclareWindowHours: number;
  /** A warning not verified within this many hours is overdue. */
  overdueHours: number;
}

export const DEFAULT_WARNING_RULES: WarningRules = {
  feverThreshold: 37.3,
  highFeverThreshold: 38.5,
  warningSymptoms: ['fever', 'dry_cough', 'short_breath'],
  keyAreaTravel: true,
  caseContact: true,
  redeclareWindowHours: 24,
  overdueHours: 2,
};

export interface DeclarationFacts {
  temperature: number;
  symptoms: readonly Symptom[];
  keyAreaTravel: boolean;
  caseContact: boolean;
}

export interface WarningAssessment {
  level: WarningLevel | null;
  reasons: WarningReasonCode[];
}

export function assessDeclaration(d: DeclarationFacts, rules: WarningRules): WarningAssessment {
  const reasons: WarningReasonCode[] = [];
  if (d.temperature >= rules.highFeverThreshold) reasons.push('high_temperature');
  else if (d.temperature >= rules.feverThreshold) reasons.push('temperature');
  if (d.symptoms.some((s) => rules.warningSymptoms.includes(s))) reasons.push('symptom');
  if (rules.keyAreaTravel && d.keyAreaTravel) reasons.push('key_area_travel');
  if (rules.caseContact && d.caseContact) reasons.push('case_contact');
  if (reasons.length === 0) return { level: null, reasons };
  // High: a high fever, contact with a case, or several reasons at once.
  const high = reasons.includes('high_temperature') || reasons.includes('case_contact') || reasons.length >= 2;
  return { level: high ? 'high' : 'medium', reasons };
}

const LEVEL_RANK: Record<WarningLevel, number> = { medium: 1, high: 2 };

export function higherLevel(a: WarningLevel, b: WarningLevel): WarningLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

/** Problems with a proposed rule set, by field; empty when it can be saved. */
export function ruleProblems(r: WarningRules): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!(r.feverThreshold >= 36.5 && r.feverThreshold <= 39)) problems.feverThreshold = 'OUT_OF_RANGE';
  if (!(r.highFeverThreshold > r.feverThreshold && r.highFeverThreshold <= 41)) problems.highFeverThreshold = 'OUT_OF_RANGE';
  if (!(r.redeclareWindowHours >= 0 && r.redeclareWindowHours <= 72)) problems.redeclareWindowHours = 'OUT_OF_RANGE';
  if (!(r.overdueHours > 0 && r.overdueHours <= 72)) problems.overdueHours = 'OUT_OF_RANGE';
  return problems;
}
