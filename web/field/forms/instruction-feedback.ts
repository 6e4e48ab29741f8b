import type { FeedbackCreate, FeedbackField, InboxItem } from '../../../common/contracts/instructions.ts';
import { checkFeedback } from '../../../common/instructions/rules.ts';
import type { InstructionFeedbackPayload } from '../offline/outbox-types.ts';
import { optionalText } from './required.ts';

/**
 * A task's feedback (反馈): the text and one count per field the sender asked for. The form
 * holds the counts as typed (strings) under `count_<key>`, since a form field is one top-level
 * name; the shared check (common/instructions/rules.ts) sees them as the API will.
 */
export interface FeedbackValues extends Record<string, unknown> {
  text: string;
}

export const countField = (key: string) => `count_${key}`;

export function feedbackDefaults(fields: readonly FeedbackField[]): FeedbackValues {
  return { text: '', ...Object.fromEntries(fields.map((f) => [countField(f.key), ''])) };
}

/** A typed count as a number: empty is absent, anything else what Number makes of it (a typo stays NaN, refused by the check). */
function count(value: unknown): number | undefined {
  const typed = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return typed === '' ? undefined : Number(typed);
}

function bodyOf(fields: readonly FeedbackField[], v: FeedbackValues): Omit<FeedbackCreate, 'id'> {
  const text = optionalText(v.text);
  const values: Record<string, number> = {};
  for (const f of fields) {
    const n = count(v[countField(f.key)]);
    if (n !== undefined) values[f.key] = n;
  }
  return { ...(text ? { text } : {}), ...(fields.length > 0 ? { values } : {}) };
}

/** The server's field paths (`values.households`) as the form's names (`count_households`). */
export function feedbackFormErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, reason]) => [path.replace(/^\/?values[./]/, 'count_'), reason]));
}

export function validateFeedback(task: Pick<InboxItem, 'feedbackRequired' | 'feedbackFields'>): (v: FeedbackValues) => Record<string, string> {
  return (v) => feedbackFormErrors(checkFeedback(bodyOf(task.feedbackFields, v), { feedbackRequired: task.feedbackRequired, fields: task.feedbackFields }));
}

/** The outbox payload: the API's body with its client UUID, and the task it answers (kept on the phone). */
export function feedbackPayload(task: InboxItem, id: string, v: FeedbackValues, answeredAt = new Date().toISOString()): InstructionFeedbackPayload {
  return { id, ...bodyOf(task.feedbackFields, v), instructionId: task.id, answeredAt, task };
}

export function feedbackValues(p: InstructionFeedbackPayload): FeedbackValues {
  return {
    text: p.text ?? '',
    ...Object.fromEntries(p.task.feedbackFields.map((f) => [countField(f.key), p.values?.[f.key] === undefined ? '' : String(p.values[f.key])])),
  };
}
