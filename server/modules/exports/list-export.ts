import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { chinaDate } from '../../../common/time.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { writeSheet, type SheetLayout } from '../../excel/stream-sheet.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';

/** Rows read per query: large enough to amortise the round trip, small enough to hold. */
export const EXPORT_BATCH_ROWS = 2_000;

/** One list export: what it reads, how it is audited and how its sheet looks. */
export interface ListExport<T> {
  /** The file's name before the day: `movements` answers `movements-2024-02-03.xlsx`. */
  file: string;
  sheet: SheetLayout<T>;
  audit: { action: string; targetType: string; regionCode: string; filter: Record<string, unknown> };
  /** The matching rows, counted no further than `cap`, so that refusing a huge export stays cheap. */
  count(cap: number): Promise<number>;
  /** The matching rows in batches of EXPORT_BATCH_ROWS, in the export's order. */
  batches(): AsyncIterable<T[]>;
  /** The lines under the table, knowing how many rows were written. */
  notes(rows: number): string[];
}

/** The error's code or class: a database error's message can quote the values it was given. */
function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown } | null;
  if (typeof e?.code === 'string' && e.code) return e.code;
  return typeof e?.name === 'string' ? e.name : typeof error;
}

/**
 * Answers a list export as a workbook streamed while its rows are read. Everything that can
 * be refused is decided before the first byte, so it answers the usual JSON error: the region
 * (by the caller), the size (from a bounded count, before any row is read), the audit entry
 * (written first: no export goes unrecorded) and the first batch. A failure after that can only
 * cut the download short: the stream is destroyed and the cause logged without personal data.
 */
export async function sendListExport<T>(services: AppServices, actor: Actor, requestId: string, reply: FastifyReply, plan: ListExport<T>): Promise<FastifyReply> {
  const max = services.config.exportMaxRows;
  const matching = await plan.count(max + 1);
  if (matching > max) {
    throw new AppError('VALIDATION_FAILED', `more than ${max} rows match; narrow the filter`, { region: 'TOO_MANY_ROWS' });
  }
  const { action, targetType, regionCode, filter } = plan.audit;
  await services.database.transaction((tx) => recordAudit(tx, actor, {
    action, targetType, regionCode, detail: { rows: matching, filter, requestId },
  }));
  const reading = plan.batches()[Symbol.asyncIterator]();
  const first = await reading.next();
  async function* all(): AsyncGenerator<T[]> {
    if (first.done) return;
    yield first.value;
    for (let next = await reading.next(); !next.done; next = await reading.next()) yield next.value;
  }
  const out = new PassThrough();
  writeSheet(out, plan.sheet, all(), plan.notes).catch((error: unknown) => {
    reply.log.error({ export: plan.file, reason: reasonOf(error) }, 'export stopped mid-stream');
    out.destroy(new Error('export stopped mid-stream'));
  });
  reply.header('content-disposition', `attachment; filename="${plan.file}-${chinaDate(new Date())}.xlsx"`).type(XLSX_TYPE);
  return reply.send(out);
}
