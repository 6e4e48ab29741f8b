import { Type } from 'typebox';
import {
  FeedbackCreate, FeedbackView, Inbox, InboxItem, InstructionCreate, InstructionCreated, InstructionDetail, InstructionPage,
  InstructionProgress, InstructionProgressQuery, InstructionQuery, ReceiptPage, ReceiptQuery, RemindRequest, RemindResult, StagedFile, WithdrawRequest,
} from '../contracts/instructions.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints, fileResponse } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

const FileParams = Type.Object({ id: Uuid, fileId: Uuid });

export const instructionEndpoints = endpoints({
  'POST /api/instructions/files': {
    operationId: 'uploadInstructionFile', tag: 'instructions', permission: 'instructions.receive',
    summary: 'Upload a file for an instruction (an image or a PDF, 10 MB) or a feedback photo, before sending it',
    description: 'multipart/form-data with one file part `file`. Images (JPEG, PNG, WebP, 5 MB) are re-encoded without metadata like event photos; a PDF is kept as sent after checking its shape. The answer\'s `id` goes into `attachments` of POST /api/instructions or `photos` of a feedback, by the same account.',
    consumes: ['multipart/form-data'],
    response: { 201: StagedFile, 400: ErrorResponse },
  },
  'GET /api/instructions/:id/files/:fileId': {
    operationId: 'getInstructionFile', tag: 'instructions', permission: 'instructions.receive',
    summary: 'An attachment of an instruction, or a photo of one of its feedbacks, for whoever sees the instruction',
    params: FileParams, response: { 200: fileResponse('The file', 'application/octet-stream'), 404: ErrorResponse },
  },
  'POST /api/instructions': {
    operationId: 'sendInstruction', tag: 'instructions', permission: 'instructions.send',
    summary: 'Send an instruction (下发指令) to the grid workers or the offices of regions inside the caller\'s',
    description: 'Creates one receipt per grid below the chosen regions (kind `grid_workers`) or one per region at `level` below them (kind `staff`), now or at `sendAt`. A region outside the caller\'s is 403 OUT_OF_SCOPE; a retry with the same `id` answers 200 with the first answer.',
    body: InstructionCreate, response: { 200: InstructionCreated, 201: InstructionCreated, 404: ErrorResponse, 409: ErrorResponse },
  },
  'GET /api/instructions': {
    operationId: 'listInstructions', tag: 'instructions', permission: 'instructions.track',
    summary: 'Instructions sent from the caller\'s region or reaching it, newest first, with their progress inside it',
    query: InstructionQuery, response: { 200: InstructionPage },
  },
  'GET /api/instructions/inbox': {
    operationId: 'getInstructionInbox', tag: 'instructions', permission: 'instructions.receive',
    summary: 'The caller\'s receipts: instructions to the caller\'s grid (grid workers) or office (staff)',
    response: { 200: Inbox },
  },
  'GET /api/instructions/:id': {
    operationId: 'getInstruction', tag: 'instructions', permission: 'instructions.track',
    summary: 'One instruction, with its progress inside the caller\'s region',
    params: IdParams, response: { 200: InstructionDetail, 404: ErrorResponse },
  },
  'GET /api/instructions/:id/progress': {
    operationId: 'getInstructionProgress', tag: 'instructions', permission: 'instructions.track',
    summary: 'Sent, read, done and overdue receipts in a region and in each of its children',
    params: IdParams, query: InstructionProgressQuery, response: { 200: InstructionProgress, 404: ErrorResponse },
  },
  'GET /api/instructions/:id/receipts': {
    operationId: 'listInstructionReceipts', tag: 'instructions', permission: 'instructions.track',
    summary: 'The receipts in a region (e.g. the grids that have not read it), with who read and what they answered',
    params: IdParams, query: ReceiptQuery, response: { 200: ReceiptPage, 404: ErrorResponse },
  },
  'POST /api/instructions/:id/read': {
    operationId: 'readInstruction', tag: 'instructions', permission: 'instructions.receive',
    summary: 'Mark the caller\'s receipt read (the apps do it on opening); again is a no-op',
    params: IdParams, response: { 200: InboxItem, 404: ErrorResponse, 409: ErrorResponse },
  },
  'POST /api/instructions/:id/feedback': {
    operationId: 'answerInstruction', tag: 'instructions', permission: 'instructions.receive',
    summary: 'Answer the caller\'s receipt (反馈): text and the counts the sender asked for; the receipt is then done',
    params: IdParams, body: FeedbackCreate, response: { 200: FeedbackView, 201: FeedbackView, 404: ErrorResponse, 409: ErrorResponse },
  },
  'POST /api/instructions/:id/remind': {
    operationId: 'remindInstruction', tag: 'instructions', permission: 'instructions.send',
    summary: 'Remind the receipts not done (催办) inside a region of the caller\'s, at most every 5 minutes',
    params: IdParams, body: RemindRequest, response: { 200: RemindResult, 404: ErrorResponse, 409: ErrorResponse, 429: ErrorResponse },
  },
  'POST /api/instructions/:id/withdraw': {
    operationId: 'withdrawInstruction', tag: 'instructions', permission: 'instructions.send',
    summary: 'Withdraw an instruction (撤回): it leaves every inbox, and the recipients are told',
    params: IdParams, body: WithdrawRequest, response: { 200: InstructionDetail, 404: ErrorResponse, 409: ErrorResponse },
  },
});
