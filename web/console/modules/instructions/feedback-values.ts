import type { FeedbackCreate } from '../../../../common/contracts/instructions.ts';
import type { FeedbackFieldSpec } from '../../../../common/instructions/rules.ts';

/** The feedback form as antd holds it: a count left empty is null. */
export interface FeedbackValues {
  text?: string;
  values?: Record<string, number | null>;
  /** Uploaded already; the request names them by id. */
  photos?: { id: string }[];
}

/** The feedback as sent: trimmed text, and only the counts filled in (the rules name the missing ones). */
export function feedbackRequest(id: string, v: FeedbackValues): FeedbackCreate {
  const values = Object.fromEntries(Object.entries(v.values ?? {}).flatMap(([key, n]) => (typeof n === 'number' ? [[key, n]] : [])));
  return {
    id, ...(v.text?.trim() ? { text: v.text.trim() } : {}), ...(Object.keys(values).length > 0 ? { values } : {}),
    ...(v.photos?.length ? { photos: v.photos.map((p) => p.id) } : {}),
  };
}

/** A feedback's counts as the sender asked for them: "排查户数 12户", in the fields' order. */
export function feedbackValuesText(fields: readonly FeedbackFieldSpec[], values: Record<string, number>): string {
  return fields.filter((f) => values[f.key] !== undefined).map((f) => `${f.label} ${values[f.key]!.toLocaleString('zh-CN')}${f.unit ?? ''}`).join('，');
}
