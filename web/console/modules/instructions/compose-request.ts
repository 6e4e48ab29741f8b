import type { Dayjs } from 'dayjs';
import type { InstructionCreate } from '../../../../common/contracts/instructions.ts';
import { checkInstruction } from '../../../../common/instructions/rules.ts';
import type { InstructionPriority, RecipientKind } from '../../../../common/instructions/vocabulary.ts';

/** When it goes out: at once, or at `sendAt` (定时发送). */
export type Timing = 'now' | 'scheduled';

/** The compose form as antd holds it: dates as dayjs, feedback fields without their keys. */
export interface ComposeValues {
  title?: string;
  body?: string;
  priority: InstructionPriority;
  dueAt?: Dayjs | null;
  timing: Timing;
  sendAt?: Dayjs | null;
  recipients: { kind: RecipientKind; regions?: string[]; level?: number };
  feedbackRequired: boolean;
  feedbackFields?: { label?: string; unit?: string }[];
  /** Uploaded already; the request names them by id. */
  attachments?: { id: string }[];
}

/**
 * A feedback field's key from its place in the form (f1, f2…): the sender names a count, the
 * key only has to be unique within the instruction and match FeedbackField's pattern.
 */
export const feedbackKey = (position: number): string => `f${position + 1}`;

/** The request the form stands for; `forwardOf` relays a received instruction. */
export function composeRequest(id: string, v: ComposeValues, forwardOf?: string): InstructionCreate {
  const unit = (text: string | undefined) => text?.trim() || undefined;
  const fields = v.feedbackRequired ? v.feedbackFields ?? [] : [];
  return {
    id,
    title: v.title?.trim() ?? '',
    body: v.body?.trim() ?? '',
    priority: v.priority,
    dueAt: v.dueAt?.toISOString() ?? '',
    ...(v.timing === 'scheduled' && v.sendAt ? { sendAt: v.sendAt.toISOString() } : {}),
    recipients: {
      kind: v.recipients.kind,
      regions: v.recipients.regions ?? [],
      ...(v.recipients.kind === 'staff' && v.recipients.level !== undefined ? { level: v.recipients.level } : {}),
    },
    feedbackRequired: v.feedbackRequired,
    feedbackFields: fields.map((f, n) => ({ key: feedbackKey(n), label: f.label?.trim() ?? '', ...(unit(f.unit) ? { unit: unit(f.unit) } : {}) })),
    ...(forwardOf ? { forwardOf } : {}),
    ...(v.attachments?.length ? { attachments: v.attachments.map((f) => f.id) } : {}),
  };
}

/** The shared rules' problems, plus the one only the form can have: 定时 chosen without a time. */
export function composeProblems(request: InstructionCreate, v: ComposeValues, now = new Date()): Record<string, string> {
  const problems = checkInstruction(request, now);
  if (v.timing === 'scheduled' && !v.sendAt) problems.sendAt = 'REQUIRED';
  return problems;
}

export type FormName = (string | number)[];

/**
 * Where the form shows a problem the rules or the server name by API field: one region's code
 * under the regions picker, a feedback field's key (made from its place) under its label.
 */
export function formNameOf(field: string): FormName {
  const parts: FormName = field.split('.').map((p) => (/^[0-9]+$/.test(p) ? Number(p) : p));
  if (parts[0] === 'recipients' && parts[1] === 'regions') return ['recipients', 'regions'];
  if (parts[0] === 'feedbackFields' && typeof parts[1] === 'number') return ['feedbackFields', parts[1], parts[2] === 'unit' ? 'unit' : 'label'];
  return parts;
}
