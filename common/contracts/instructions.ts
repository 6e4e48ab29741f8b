import { Type, type Static } from 'typebox';
import { INSTRUCTION_LIMITS } from '../instructions/rules.ts';
import {
  INSTRUCTION_PRIORITY, INSTRUCTION_STATUS, NOTIFICATION_KIND, RECEIPT_FILTER, RECEIPT_STATUS, RECIPIENT_KIND,
} from '../instructions/vocabulary.ts';
import { IsoDateTime, Nullable, Page, Paging, RegionRef, Uuid } from './shared.ts';

/** Request and response shapes of instructions (指令/通知), their receipts and the notifications. */
const RegionCode = Type.String({ pattern: '^[0-9]{4}([0-9]{2}([0-9]{3}([0-9]{3}([0-9]{3})?)?)?)?$', description: 'A region code of any level (4, 6, 9, 12 or 15 digits)' });

export const FeedbackField = Type.Object({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,29}$', description: 'The name the count has in `values` of a feedback' }),
  label: Type.String({ minLength: 1, maxLength: INSTRUCTION_LIMITS.fieldLabel }),
  unit: Type.Optional(Type.String({ maxLength: INSTRUCTION_LIMITS.fieldUnit })),
}, { additionalProperties: false, description: 'A count the sender asks back with every feedback, e.g. 排查户数' });
export type FeedbackField = Static<typeof FeedbackField>;

export const InstructionRecipients = Type.Object({
  kind: Type.Enum(RECIPIENT_KIND.codes),
  regions: Type.Array(RegionCode, { description: 'Regions or grids inside the sender\'s region' }),
  level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4, description: 'For `staff`: the level of the offices that receive it (2 district, 3 street, 4 community)' })),
}, { additionalProperties: false });

export const InstructionFile = Type.Object({
  id: Type.String(),
  name: Type.String(),
  contentType: Type.String({ description: 'image/jpeg (photos are re-encoded) or application/pdf' }),
  bytes: Type.Integer(),
  url: Type.String({ description: 'Where an account that sees the instruction reads it' }),
});
export type InstructionFile = Static<typeof InstructionFile>;

/** An uploaded file before an instruction or a feedback names it. */
export const StagedFile = Type.Object({
  id: Type.String({ description: 'Pass in `attachments` of an instruction or `photos` of a feedback' }),
  name: Type.String(),
  contentType: Type.String(),
  bytes: Type.Integer(),
});

const FileIds = (max: number, description: string) => Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: max, uniqueItems: true, description }));

export const InstructionCreate = Type.Object({
  id: Type.Optional(Type.String({ format: 'uuid', description: 'Made by the client; a retry with the same id sends once' })),
  title: Type.String({ minLength: 1, maxLength: INSTRUCTION_LIMITS.title }),
  body: Type.String({ minLength: 1, maxLength: INSTRUCTION_LIMITS.body }),
  priority: Type.Enum(INSTRUCTION_PRIORITY.codes),
  dueAt: IsoDateTime,
  sendAt: Type.Optional(IsoDateTime),
  recipients: InstructionRecipients,
  feedbackRequired: Type.Boolean({ description: 'Whether each receipt must be answered; without it reading is doing' }),
  feedbackFields: Type.Optional(Type.Array(FeedbackField, { maxItems: INSTRUCTION_LIMITS.fields })),
  forwardOf: Type.Optional(Type.String({ format: 'uuid', description: 'Relays this instruction (received by the sender\'s office) down a level; `body` holds the additions' })),
  attachments: FileIds(INSTRUCTION_LIMITS.attachments, 'Files the sender uploaded (POST /api/instructions/files): images or PDF'),
}, { additionalProperties: false });
export type InstructionCreate = Static<typeof InstructionCreate>;

export const InstructionCreated = Type.Object({
  id: Type.String(),
  receipts: Type.Integer({ description: 'Receipts created: one per grid, or one per office' }),
  status: Type.Enum(INSTRUCTION_STATUS.codes),
});
export type InstructionCreated = Static<typeof InstructionCreated>;

export const ProgressCounts = Type.Object({
  total: Type.Integer(),
  read: Type.Integer({ description: 'Receipts opened (the done ones included)' }),
  done: Type.Integer(),
  overdue: Type.Integer({ description: 'Not done and past the deadline' }),
});
export type ProgressCounts = Static<typeof ProgressCounts>;

export const ProgressChild = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer(), ...ProgressCounts.properties });

export const InstructionProgress = Type.Object({
  ...ProgressCounts.properties,
  region: RegionRef,
  children: Type.Array(ProgressChild, { description: 'The child regions holding receipts, or the receipts\' own units at their level' }),
});
export type InstructionProgress = Static<typeof InstructionProgress>;

export const InstructionProgressQuery = Type.Object({ region: Type.Optional(RegionCode) });

const Sender = Type.Object({ name: Type.String(), region: RegionRef });
const InstructionRef = Type.Object({ id: Type.String(), title: Type.String(), senderRegion: RegionRef });

export const InstructionSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  priority: Type.Enum(INSTRUCTION_PRIORITY.codes),
  status: Type.Enum(INSTRUCTION_STATUS.codes),
  dueAt: IsoDateTime,
  sendAt: IsoDateTime,
  createdAt: IsoDateTime,
  sender: Sender,
  kind: Type.Enum(RECIPIENT_KIND.codes),
  level: Nullable(Type.Integer()),
  feedbackRequired: Type.Boolean(),
  forwardOf: Nullable(InstructionRef),
  progress: Type.Object(ProgressCounts.properties, { description: 'Over the receipts inside the caller\'s region' }),
});
export type InstructionSummary = Static<typeof InstructionSummary>;

export const InstructionPage = Page(InstructionSummary);
export type InstructionPage = Static<typeof InstructionPage>;

export const InstructionQuery = Type.Object({
  region: Type.Optional(RegionCode),
  status: Type.Optional(Type.Enum(INSTRUCTION_STATUS.codes)),
  priority: Type.Optional(Type.Enum(INSTRUCTION_PRIORITY.codes)),
  q: Type.Optional(Type.String({ maxLength: 50, description: 'Part of the title' })),
  ...Paging,
});

export const InstructionDetail = Type.Object({
  ...InstructionSummary.properties,
  body: Type.String(),
  regions: Type.Array(RegionRef, { description: 'The regions it was sent to' }),
  feedbackFields: Type.Array(FeedbackField),
  withdrawnAt: Nullable(IsoDateTime),
  withdrawReason: Nullable(Type.String()),
  lastRemindedAt: Nullable(IsoDateTime),
  forwards: Type.Array(InstructionRef, { description: 'Relays of it down a level, inside the caller\'s region' }),
  attachments: Type.Array(InstructionFile),
  canManage: Type.Boolean({ description: 'The caller may remind and withdraw it (its sender\'s region is inside theirs)' }),
});
export type InstructionDetail = Static<typeof InstructionDetail>;

export const FeedbackView = Type.Object({
  id: Type.String(),
  text: Type.String(),
  values: Type.Record(Type.String(), Type.Integer()),
  byName: Type.String(),
  at: IsoDateTime,
  photos: Type.Array(InstructionFile),
});
export type FeedbackView = Static<typeof FeedbackView>;

export const InboxItem = Type.Object({
  id: Type.String({ description: 'The instruction\'s id' }),
  title: Type.String(),
  body: Type.String(),
  priority: Type.Enum(INSTRUCTION_PRIORITY.codes),
  dueAt: IsoDateTime,
  sentAt: IsoDateTime,
  status: Type.Enum(RECEIPT_STATUS.codes),
  overdue: Type.Boolean(),
  feedbackRequired: Type.Boolean(),
  feedbackFields: Type.Array(FeedbackField),
  sender: Sender,
  unit: RegionRef,
  readAt: Nullable(IsoDateTime),
  doneAt: Nullable(IsoDateTime),
  feedback: Type.Array(FeedbackView),
  attachments: Type.Array(InstructionFile),
});
export type InboxItem = Static<typeof InboxItem>;

export const Inbox = Type.Object({
  items: Type.Array(InboxItem, { description: 'Overdue first, then unread, read and done; by deadline within each' }),
  unread: Type.Integer(),
  open: Type.Integer({ description: 'Not done yet' }),
});
export type Inbox = Static<typeof Inbox>;

export const FeedbackCreate = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Made by the client; a retry with the same id is stored once' }),
  text: Type.Optional(Type.String({ maxLength: INSTRUCTION_LIMITS.feedback })),
  values: Type.Optional(Type.Record(Type.String({ maxLength: 30 }), Type.Integer())),
  photos: FileIds(INSTRUCTION_LIMITS.feedbackPhotos, 'Photos the answering account uploaded (POST /api/instructions/files)'),
}, { additionalProperties: false });
export type FeedbackCreate = Static<typeof FeedbackCreate>;

export const ReceiptView = Type.Object({
  unit: RegionRef,
  status: Type.Enum(RECEIPT_STATUS.codes),
  overdue: Type.Boolean(),
  readAt: Nullable(IsoDateTime),
  readBy: Nullable(Type.String()),
  doneAt: Nullable(IsoDateTime),
  feedback: Nullable(FeedbackView),
  reminders: Type.Integer(),
  recipients: Type.Array(Type.String(), { description: 'The accounts that share the receipt (display names)' }),
});
export type ReceiptView = Static<typeof ReceiptView>;

export const ReceiptPage = Page(ReceiptView);
export type ReceiptPage = Static<typeof ReceiptPage>;

export const ReceiptQuery = Type.Object({
  region: Type.Optional(RegionCode),
  status: Type.Optional(Type.Enum(RECEIPT_FILTER.codes)),
  ...Paging,
});

export const RemindRequest = Type.Object({
  region: Type.Optional(RegionCode),
}, { additionalProperties: false });

export const RemindResult = Type.Object({
  reminded: Type.Integer({ description: 'Receipts not done that were reminded' }),
  nextAllowedAt: IsoDateTime,
});

export const WithdrawRequest = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 500 }),
}, { additionalProperties: false });

export const NotificationView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(NOTIFICATION_KIND.codes),
  title: Type.String(),
  instructionId: Nullable(Type.String()),
  eventId: Nullable(Type.String({ description: 'The event a dispatch notification is about' })),
  warningId: Nullable(Type.String({ description: 'The warning a grid worker is to verify' })),
  priority: Type.Enum(INSTRUCTION_PRIORITY.codes),
  at: IsoDateTime,
  readAt: Nullable(IsoDateTime),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationList = Type.Object({
  items: Type.Array(NotificationView),
  unread: Type.Integer(),
  nextCursor: Type.Optional(Type.String()),
});
export type NotificationList = Static<typeof NotificationList>;

export const NotificationQuery = Type.Object({
  unreadOnly: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
  cursor: Type.Optional(Type.String()),
});

export const NotificationsRead = Type.Object({
  ids: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
  all: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const UnreadCount = Type.Object({ unread: Type.Integer() });
