import { checkName, checkText } from '../field/rules.ts';
import { isRegionCode, levelOfCode } from '../regions/codes.ts';
import type { RecipientKind } from './vocabulary.ts';

/** Problems of an instruction or a feedback, field → code; the apps show the label. */
export const INSTRUCTION_PROBLEMS = {
  DUE_IN_PAST: { zh: '截止时间应晚于当前时间', en: 'must be in the future' },
  DUE_BEFORE_SEND: { zh: '截止时间应晚于发送时间', en: 'must be after the sending time' },
  SEND_IN_PAST: { zh: '定时发送时间应晚于当前时间', en: 'must be in the future' },
  SEND_TOO_FAR: { zh: '定时发送最多提前30天', en: 'at most 30 days ahead' },
  NO_RECIPIENTS: { zh: '请选择接收区域', en: 'choose at least one region' },
  TOO_MANY_RECIPIENTS: { zh: '一次最多选择500个区域', en: 'at most 500 regions at once' },
  NOT_A_REGION: { zh: '区划代码无效', en: 'is not a region code' },
  LEVEL_REQUIRED: { zh: '请选择接收层级', en: 'choose the level of the offices' },
  LEVEL_ABOVE_REGION: { zh: '接收层级应低于或等于所选区域', en: 'must be at or below the chosen regions' },
  DUPLICATE_KEY: { zh: '反馈项重复', en: 'is repeated' },
  VALUE_REQUIRED: { zh: '请填写此项', en: 'is required' },
  NOT_A_COUNT: { zh: '请填写0或正整数', en: 'must be a whole number, 0 or more' },
  UNKNOWN_VALUE: { zh: '该指令没有此反馈项', en: 'is not a field of this instruction' },
  FEEDBACK_REQUIRED: { zh: '请填写反馈内容', en: 'write what was done' },
} as const;
export type InstructionProblem = keyof typeof INSTRUCTION_PROBLEMS;

export const INSTRUCTION_LIMITS = {
  title: 100, body: 5000, feedback: 2000, fieldLabel: 20, fieldUnit: 10, fields: 5, regions: 500, addition: 2000,
  /** A count a worker reports ("households checked"); beyond it is a typo. */
  maxValue: 10_000_000, scheduleDays: 30,
  /** Files: attachments of an instruction (images or PDF), photos of a feedback. */
  attachments: 5, feedbackPhotos: 3, fileName: 100,
} as const;

/** A number the sender asks back with each feedback (e.g. 排查户数). */
export interface FeedbackFieldSpec {
  key: string;
  label: string;
  unit?: string;
}

export interface InstructionFields {
  title: string;
  body: string;
  dueAt: string;
  sendAt?: string;
  recipients: { kind: RecipientKind; regions: string[]; level?: number };
  feedbackFields?: FeedbackFieldSpec[];
}

/** Checks a composed instruction beyond its types; scope is the server's to check. */
export function checkInstruction(i: InstructionFields, now = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  checkName(errors, 'title', i.title, INSTRUCTION_LIMITS.title, true);
  checkText(errors, 'body', i.body, INSTRUCTION_LIMITS.body, true);
  const sendAt = i.sendAt ? Date.parse(i.sendAt) : now.getTime();
  if (i.sendAt) {
    if (sendAt <= now.getTime()) errors.sendAt = 'SEND_IN_PAST';
    else if (sendAt > now.getTime() + INSTRUCTION_LIMITS.scheduleDays * 86_400_000) errors.sendAt = 'SEND_TOO_FAR';
  }
  const due = Date.parse(i.dueAt);
  if (Number.isNaN(due)) errors.dueAt = 'DATE_INVALID';
  else if (due <= now.getTime()) errors.dueAt = 'DUE_IN_PAST';
  else if (i.sendAt && !errors.sendAt && due <= sendAt) errors.dueAt = 'DUE_BEFORE_SEND';
  checkRecipients(errors, i.recipients);
  checkFeedbackFields(errors, i.feedbackFields ?? []);
  return errors;
}

function checkRecipients(errors: Record<string, string>, r: InstructionFields['recipients']): void {
  if (r.regions.length === 0) errors['recipients.regions'] = 'NO_RECIPIENTS';
  else if (r.regions.length > INSTRUCTION_LIMITS.regions) errors['recipients.regions'] = 'TOO_MANY_RECIPIENTS';
  r.regions.slice(0, INSTRUCTION_LIMITS.regions).forEach((code, n) => {
    if (!isRegionCode(code)) errors[`recipients.regions.${n}`] = 'NOT_A_REGION';
  });
  if (r.kind !== 'staff') return;
  if (r.level === undefined) errors['recipients.level'] = 'LEVEL_REQUIRED';
  else if (r.regions.some((code) => (levelOfCode(code) ?? 0) > r.level!)) errors['recipients.level'] = 'LEVEL_ABOVE_REGION';
}

function checkFeedbackFields(errors: Record<string, string>, fields: FeedbackFieldSpec[]): void {
  const seen = new Set<string>();
  fields.forEach((f, n) => {
    checkName(errors, `feedbackFields.${n}.label`, f.label, INSTRUCTION_LIMITS.fieldLabel, true);
    checkName(errors, `feedbackFields.${n}.unit`, f.unit, INSTRUCTION_LIMITS.fieldUnit, false);
    if (seen.has(f.key)) errors[`feedbackFields.${n}.key`] = 'DUPLICATE_KEY';
    seen.add(f.key);
  });
}

/** Checks a feedback against what its instruction asks: every declared count, nothing else. */
export function checkFeedback(f: { text?: string; values?: Record<string, number> }, asked: { feedbackRequired: boolean; fields: FeedbackFieldSpec[] }): Record<string, string> {
  const errors: Record<string, string> = {};
  checkText(errors, 'text', f.text, INSTRUCTION_LIMITS.feedback, asked.feedbackRequired && asked.fields.length === 0);
  const values = f.values ?? {};
  for (const field of asked.fields) {
    const v = values[field.key];
    if (v === undefined) errors[`values.${field.key}`] = 'VALUE_REQUIRED';
    else if (!Number.isInteger(v) || v < 0 || v > INSTRUCTION_LIMITS.maxValue) errors[`values.${field.key}`] = 'NOT_A_COUNT';
  }
  for (const key of Object.keys(values)) {
    if (!asked.fields.some((field) => field.key === key)) errors[`values.${key}`] = 'UNKNOWN_VALUE';
  }
  return errors;
}
