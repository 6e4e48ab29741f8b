/**
 * The instruction vocabulary (指令/通知): codes the API accepts and the labels the apps show,
 * one list each for the server's checks, the console and the field app.
 */
import { terms } from '../terms.ts';

export const INSTRUCTION_PRIORITY = terms({
  normal: { zh: '普通', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
});
export type InstructionPriority = (typeof INSTRUCTION_PRIORITY.codes)[number];

/**
 * Who receives it. Grid workers: one receipt per grid below the chosen regions, shared by the
 * grid's workers. Staff: one receipt per region at the chosen level (every street office…),
 * shared by the staff accounts bound to that region.
 */
export const RECIPIENT_KIND = terms({
  grid_workers: { zh: '网格员', en: 'Grid workers' },
  staff: { zh: '工作人员', en: 'Staff accounts' },
});
export type RecipientKind = (typeof RECIPIENT_KIND.codes)[number];

/** A receipt: unread → read (on opening) → done (fed back; or on reading when no feedback is asked). */
export const RECEIPT_STATUS = terms({
  unread: { zh: '未读', en: 'Unread' },
  read: { zh: '已读', en: 'Read' },
  done: { zh: '已反馈', en: 'Done' },
});
export type ReceiptStatus = (typeof RECEIPT_STATUS.codes)[number];

/** The instruction itself: scheduled (sendAt ahead) → sent, or withdrawn by its sender. */
export const INSTRUCTION_STATUS = terms({
  scheduled: { zh: '定时待发', en: 'Scheduled' },
  sent: { zh: '已下发', en: 'Sent' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
});
export type InstructionStatus = (typeof INSTRUCTION_STATUS.codes)[number];

/** What a drill-down asks for: a receipt's status, or "not done by the deadline". */
export const RECEIPT_FILTER = terms({
  unread: { zh: '未读', en: 'Unread' },
  read: { zh: '已读未反馈', en: 'Read, not done' },
  done: { zh: '已反馈', en: 'Done' },
  overdue: { zh: '已超期', en: 'Overdue' },
});
export type ReceiptFilter = (typeof RECEIPT_FILTER.codes)[number];

export const NOTIFICATION_KIND = terms({
  instruction: { zh: '新指令', en: 'New instruction' },
  reminder: { zh: '催办提醒', en: 'Reminder' },
  withdrawn: { zh: '指令撤回', en: 'Instruction withdrawn' },
  event_dispatched: { zh: '事件派遣', en: 'Event dispatched to you' },
  event_returned: { zh: '事件退回', en: 'Event returned' },
  event_rework: { zh: '核查未通过', en: 'Verification failed' },
  event_handled: { zh: '事件待核查', en: 'Event handled, to verify' },
  event_overdue: { zh: '事件超期', en: 'Event step overdue' },
  event_escalated: { zh: '事件督办', en: 'Event escalated' },
  event_request: { zh: '事件申请', en: 'Request on an event' },
  event_decided: { zh: '申请已审批', en: 'Request decided' },
  warning_assigned: { zh: '新预警待核实', en: 'New warning to verify' },
});
export type NotificationKind = (typeof NOTIFICATION_KIND.codes)[number];

/** Reminding the same recipients again sooner than this only makes noise. */
export const REMIND_INTERVAL_MS = 5 * 60_000;
