import type { FeedbackFieldSpec } from '../../../../common/instructions/rules.ts';

/** A feedback's counts as the sender asked for them: "排查户数 12户", in the fields' order. */
export function feedbackValuesText(fields: readonly FeedbackFieldSpec[], values: Record<string, number>): string {
  return fields.filter((f) => values[f.key] !== undefined).map((f) => `${f.label} ${values[f.key]!.toLocaleString()}${f.unit ?? ''}`).join('，');
}
